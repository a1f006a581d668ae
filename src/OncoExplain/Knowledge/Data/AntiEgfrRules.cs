using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Anti-EGFR antibodies in colorectal cancer (fact sheet §2.2, §2.3, §5; rules R-C1, R-C2).</summary>
internal static class AntiEgfrRules
{
    private static readonly ImmutableArray<ContextCaveat> Her2Context = [new(Her2Positive, CaveatCodes.Her2MayReduceAntiEgfrBenefit)];

    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "anti-egfr-ras-mutant-resistance",
            TherapyId = TherapyIds.AntiEgfr,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Resistance,
            Conditions = [RasMutant],
            Level = EvidenceLevel.R1,
            Bucket = CaregiverBucket.LikelyNotHelpful,
            SourceIds = ["C1", "C2"],
            Basis = "Panitumumab label limitation of use; PRIME extended-RAS analysis",
            Description = "A KRAS or NRAS mutation (exons 2–4) predicts no benefit from cetuximab or panitumumab; the label excludes RAS-mutant disease.",
        },
        new()
        {
            Id = "anti-egfr-braf-v600e-resistance",
            TherapyId = TherapyIds.AntiEgfr,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Resistance,
            Conditions = [BrafV600ePresent],
            Level = EvidenceLevel.R2,
            Bucket = CaregiverBucket.LikelyNotHelpful,
            SourceIds = ["C7"],
            Basis = "BEACON CRC",
            Description = "With BRAF V600E an anti-EGFR antibody alone is inadequate; it is given with encorafenib (see braf-targeted).",
        },
        new()
        {
            Id = "anti-egfr-first-line-left",
            TherapyId = TherapyIds.AntiEgfr,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [RasWildType, BrafV600eAbsent, LeftSidedPrimary, NoPriorMetastaticTherapy],
            Context = Her2Context,
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C1", "C2", "C5", "C6", "C26"],
            DrugIds = ["panitumumab+folfox", "cetuximab+folfiri"],
            Basis = "FDA labels (panitumumab with FOLFOX; cetuximab with FOLFIRI); PARADIGM",
            Description = "First line, a doublet with an anti-EGFR antibody may be an option for extended-RAS wild-type, BRAF wild-type, left-sided tumours.",
        },
        new()
        {
            Id = "anti-egfr-after-chemotherapy",
            TherapyId = TherapyIds.AntiEgfr,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [RasWildType, BrafV600eAbsent, PriorFluoropyrimidineOxaliplatinIrinotecan, NoProgressionOnPriorAntiEgfr],
            Context = [new(PriorAntiEgfr, CaveatCodes.RechallengeGuidedByCtdna), .. Her2Context],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C2"],
            DrugIds = ["panitumumab"],
            Basis = "Panitumumab label (monotherapy after fluoropyrimidine, oxaliplatin and irinotecan)",
            Description = "After fluoropyrimidine, oxaliplatin and irinotecan, panitumumab alone may be an option for RAS wild-type tumours of either side, unless the cancer already progressed on an anti-EGFR antibody.",
        },
        new()
        {
            Id = "anti-egfr-rechallenge",
            TherapyId = TherapyIds.AntiEgfr,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Investigational,
            Conditions = [RasWildType, BrafV600eAbsent, ProgressionOnPriorAntiEgfr],
            Level = EvidenceLevel.Level3A,
            Bucket = CaregiverBucket.WorthAskingAbout,
            SourceIds = ["C25"],
            DrugIds = ["panitumumab"],
            CaveatCodes = [CaveatCodes.RechallengeGuidedByCtdna],
            Basis = "CHRONOS (phase 2; not FDA-labelled)",
            Description = "After progression on an anti-EGFR antibody, rechallenge selected by ctDNA without RAS/EGFR resistance mutations was studied (CHRONOS: response in 30% of 27 treated); not a labelled use.",
        },
    ];
}
