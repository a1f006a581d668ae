using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Definitions of the biomarker conditions.</summary>
internal static class BiomarkerConditions
{
    private const string GeneChange = "met/not-met: gene and short change of the deciding variant, when there is one; unknown: the genes not tested";

    public static ImmutableArray<ConditionDefinition> All { get; } =
    [
        Gate(RasWildType, "KRAS and NRAS both tested (extended RAS: codons 12, 13, 59, 61, 117, 146) without a pathogenic variant.", TestIds.ExtendedRas, TestIds.TumourNgs, GeneChange, "C2", "C3"),
        Gate(RasMutant, "A pathogenic or likely pathogenic KRAS or NRAS variant.", TestIds.ExtendedRas, TestIds.TumourNgs, GeneChange, "C1", "C2"),
        Gate(BrafV600ePresent, "A pathogenic BRAF V600E variant.", TestIds.Braf, TestIds.TumourNgs, "met: BRAF, p.V600E; not-met: none; unknown: BRAF"),
        Gate(BrafV600eAbsent, "BRAF tested and V600E not found.", TestIds.Braf, TestIds.TumourNgs, "not-met: BRAF, p.V600E; unknown: BRAF"),
        Gate(KrasG12cPresent, "A pathogenic KRAS G12C variant.", TestIds.ExtendedRas, TestIds.TumourNgs, "met: KRAS, p.G12C; not-met: the KRAS variant found, if any; unknown: KRAS"),
        Gate(GermlineBrca, "A germline pathogenic or likely pathogenic BRCA1 or BRCA2 variant (somatic-only findings do not meet the label).", TestIds.GermlinePanel, TestIds.GermlinePanel, GeneChange, "P5"),
        Gate(GermlineBrcaOrPalb2, "A germline pathogenic or likely pathogenic BRCA1, BRCA2 or PALB2 variant.", TestIds.GermlinePanel, TestIds.GermlinePanel, GeneChange, "P6"),
        Gate(SomaticOnlyBrcaOrPalb2, "A pathogenic BRCA1, BRCA2 or PALB2 variant found in the tumour with no germline result for it (context).", TestIds.GermlinePanel, TestIds.GermlinePanel, "met: gene and short change", "P5"),
        Gate(MsiHighOrDmmr, "MSI-high or mismatch-repair deficient (MSI-low counts as stable).", TestIds.MsiMmr, TestIds.MsiMmr, "met/not-met: msi and mmr results as wire names (msi:high, mmr:deficient)", "C13", "T1"),
        Gate(MmrDeficient, "Mismatch-repair deficient by immunohistochemistry (dMMR).", TestIds.MsiMmr, TestIds.MsiMmr, "met/not-met: mmr result as wire name", "T3"),
        Gate(MsiMmrDiscordant, "MSI and MMR results disagree (MSI-high with pMMR, or MSS with dMMR) (context).", TestIds.MsiMmr, TestIds.MsiMmr, "met: msi and mmr results as wire names"),
        Gate(TmbHigh, "Tumour mutational burden of at least 10 mutations per megabase.", TestIds.Tmb, TestIds.Tmb, "met/not-met: TMB in mutations per megabase, invariant culture", "T2"),
        Gate(PoleVariant, "A POLE variant is reported (context only, never a gate).", TestIds.TumourNgs, TestIds.TumourNgs, "met: POLE and short change of each variant", "C17c"),
        Gate(Her2Positive, "HER2-positive: IHC 3+, IHC 2+ with positive ISH, or ERBB2 amplified (HERACLES-type criteria).", TestIds.Her2, TestIds.Her2, "met/not-met/unknown: the HER2 result as wire name (ihc3+, ihc2+, ...)", "C12"),
        Gate(Her2Ihc3Plus, "HER2 IHC 3+.", TestIds.Her2, TestIds.Her2, "met/not-met/unknown: the HER2 result as wire name", "T9"),
        Gate(NtrkFusion, "A fusion involving NTRK1, NTRK2 or NTRK3.", TestIds.RnaFusion, TestIds.RnaFusion, "met: the fusion as written; unknown: the driver genes not tested", "T4"),
        Gate(RetFusion, "A fusion involving RET.", TestIds.RnaFusion, TestIds.RnaFusion, "met: the fusion as written", "T7"),
        Gate(Nrg1Fusion, "A fusion involving NRG1.", TestIds.RnaFusion, TestIds.RnaFusion, "met: the fusion as written", "P11"),
    ];

    private static ConditionDefinition Gate(string code, string description, string colorectalTest, string pancreaticTest, string arguments, params string[] sources) => new()
    {
        Code = code,
        Kind = ConditionKind.Biomarker,
        Description = description,
        Arguments = arguments,
        WhenNotMet = UnmetEffect.RulesOut,
        WhenUnknown = UnknownEffect.NeedsTesting,
        ColorectalTestId = colorectalTest,
        PancreaticTestId = pancreaticTest,
        SourceIds = [.. sources],
    };
}
