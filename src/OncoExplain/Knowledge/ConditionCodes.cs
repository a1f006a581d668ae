using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The stable codes of rule conditions (<see cref="ConditionCheck.Code"/>). Descriptions are in <see cref="KnowledgeBase.Conditions"/>.</summary>
public static class ConditionCodes
{
    /// <summary>KRAS and NRAS both tested without a pathogenic variant (extended RAS).</summary>
    public const string RasWildType = "ras-wild-type";

    /// <summary>A pathogenic KRAS or NRAS variant.</summary>
    public const string RasMutant = "ras-mutant";

    /// <summary>A pathogenic BRAF V600E variant.</summary>
    public const string BrafV600ePresent = "braf-v600e-present";

    /// <summary>BRAF tested without V600E.</summary>
    public const string BrafV600eAbsent = "braf-v600e-absent";

    /// <summary>A pathogenic KRAS G12C variant.</summary>
    public const string KrasG12cPresent = "kras-g12c-present";

    /// <summary>A germline pathogenic BRCA1 or BRCA2 variant.</summary>
    public const string GermlineBrca = "germline-brca";

    /// <summary>A germline pathogenic BRCA1, BRCA2 or PALB2 variant.</summary>
    public const string GermlineBrcaOrPalb2 = "germline-brca-or-palb2";

    /// <summary>A pathogenic BRCA1, BRCA2 or PALB2 variant reported only as somatic.</summary>
    public const string SomaticOnlyBrcaOrPalb2 = "somatic-only-brca-or-palb2";

    /// <summary>MSI-high or mismatch-repair deficient.</summary>
    public const string MsiHighOrDmmr = "msi-high-or-dmmr";

    /// <summary>Mismatch-repair deficient by immunohistochemistry.</summary>
    public const string MmrDeficient = "mmr-deficient";

    /// <summary>MSI and MMR results disagree.</summary>
    public const string MsiMmrDiscordant = "msi-mmr-discordant";

    /// <summary>TMB of at least 10 mutations per megabase.</summary>
    public const string TmbHigh = "tmb-high";

    /// <summary>A POLE variant is reported.</summary>
    public const string PoleVariant = "pole-variant";

    /// <summary>HER2-positive: IHC 3+, IHC 2+ with positive ISH, or ERBB2 amplified.</summary>
    public const string Her2Positive = "her2-positive";

    /// <summary>HER2 IHC 3+.</summary>
    public const string Her2Ihc3Plus = "her2-ihc-3-plus";

    /// <summary>An NTRK1, NTRK2 or NTRK3 fusion.</summary>
    public const string NtrkFusion = "ntrk-fusion";

    /// <summary>A RET fusion.</summary>
    public const string RetFusion = "ret-fusion";

    /// <summary>An NRG1 fusion.</summary>
    public const string Nrg1Fusion = "nrg1-fusion";

    /// <summary>The cancer is not colorectal.</summary>
    public const string NotColorectalCancer = "not-colorectal-cancer";

    /// <summary>The cancer is pancreatic.</summary>
    public const string PancreaticCancer = "pancreatic-cancer";

    /// <summary>No treatment for metastatic disease recorded yet (first-line setting).</summary>
    public const string NoPriorMetastaticTherapy = "no-prior-metastatic-therapy";

    /// <summary>At least one prior systemic therapy recorded.</summary>
    public const string PriorSystemicTherapy = "prior-systemic-therapy";

    /// <summary>Prior fluoropyrimidine, oxaliplatin and irinotecan.</summary>
    public const string PriorFluoropyrimidineOxaliplatinIrinotecan = "prior-fluoropyrimidine-oxaliplatin-irinotecan";

    /// <summary>Prior gemcitabine-based therapy.</summary>
    public const string PriorGemcitabineBasedTherapy = "prior-gemcitabine-based-therapy";

    /// <summary>Prior anti-VEGF therapy.</summary>
    public const string PriorAntiVegf = "prior-anti-vegf";

    /// <summary>Prior anti-EGFR therapy when the tumour is RAS wild-type (met when RAS-mutant).</summary>
    public const string PriorAntiEgfrIfRasWildType = "prior-anti-egfr-if-ras-wild-type";

    /// <summary>Prior anti-EGFR therapy (context).</summary>
    public const string PriorAntiEgfr = "prior-anti-egfr";

    /// <summary>Met when no earlier anti-EGFR course ended in progression (or none was given).</summary>
    public const string NoProgressionOnPriorAntiEgfr = "no-progression-on-prior-anti-egfr";

    /// <summary>Met when an earlier anti-EGFR course ended in progression (acquired resistance; rechallenge context).</summary>
    public const string ProgressionOnPriorAntiEgfr = "progression-on-prior-anti-egfr";

    /// <summary>Prior TRK inhibitor (context).</summary>
    public const string PriorTrkInhibitor = "prior-trk-inhibitor";

    /// <summary>The first-line regimen contained a platinum drug.</summary>
    public const string FirstLinePlatinum = "first-line-platinum";

    /// <summary>No progression on first-line platinum.</summary>
    public const string NoProgressionOnFirstLinePlatinum = "no-progression-on-first-line-platinum";

    /// <summary>At least 16 weeks of first-line platinum without progression.</summary>
    public const string Platinum16WeeksWithoutProgression = "platinum-16-weeks-without-progression";

    /// <summary>ECOG performance status 0–1.</summary>
    public const string Ecog01 = "ecog-0-1";

    /// <summary>ECOG performance status 0–2.</summary>
    public const string Ecog02 = "ecog-0-2";

    /// <summary>Age 75 or younger.</summary>
    public const string Age75OrYounger = "age-75-or-younger";

    /// <summary>Left-sided colorectal primary.</summary>
    public const string LeftSidedPrimary = "left-sided-primary";

    /// <summary>The liver is the only metastatic site.</summary>
    public const string LiverOnlyMetastases = "liver-only-metastases";

    /// <summary>The liver metastases were judged removable.</summary>
    public const string LiverMetastasesResectable = "liver-metastases-resectable";

    /// <summary>Every condition code, in catalogue order.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        RasWildType, RasMutant, BrafV600ePresent, BrafV600eAbsent, KrasG12cPresent, GermlineBrca, GermlineBrcaOrPalb2,
        SomaticOnlyBrcaOrPalb2, MsiHighOrDmmr, MmrDeficient, MsiMmrDiscordant, TmbHigh, PoleVariant, Her2Positive, Her2Ihc3Plus,
        NtrkFusion, RetFusion, Nrg1Fusion, NotColorectalCancer, PancreaticCancer, NoPriorMetastaticTherapy, PriorSystemicTherapy,
        PriorFluoropyrimidineOxaliplatinIrinotecan, PriorGemcitabineBasedTherapy, PriorAntiVegf, PriorAntiEgfrIfRasWildType,
        PriorAntiEgfr, NoProgressionOnPriorAntiEgfr, ProgressionOnPriorAntiEgfr, PriorTrkInhibitor, FirstLinePlatinum, NoProgressionOnFirstLinePlatinum, Platinum16WeeksWithoutProgression,
        Ecog01, Ecog02, Age75OrYounger, LeftSidedPrimary, LiverOnlyMetastases, LiverMetastasesResectable,
    ];
}
