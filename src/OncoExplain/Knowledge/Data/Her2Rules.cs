using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>HER2 (fact sheet §2.6, §3; rules R-C6, R-C7).</summary>
internal static class Her2Rules
{
    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "her2-colorectal-tucatinib-trastuzumab",
            TherapyId = TherapyIds.Her2Targeted,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [Her2Positive, RasWildType, PriorFluoropyrimidineOxaliplatinIrinotecan],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C11", "C12"],
            DrugIds = ["tucatinib+trastuzumab"],
            CaveatCodes = [CaveatCodes.AcceleratedApproval],
            Basis = "FDA accelerated approval 2023-01-19 (MOUNTAINEER)",
            Description = "RAS wild-type HER2-positive colorectal cancer after fluoropyrimidine, oxaliplatin and irinotecan: tucatinib with trastuzumab may be an option.",
        },
        new()
        {
            Id = "her2-ihc3-trastuzumab-deruxtecan",
            TherapyId = TherapyIds.Her2Targeted,
            Cancers = CancerSets.Both,
            Effect = RuleEffect.Indication,
            Conditions = [Her2Ihc3Plus, PriorSystemicTherapy],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["T9"],
            DrugIds = ["trastuzumab-deruxtecan"],
            CaveatCodes = [CaveatCodes.AcceleratedApproval, CaveatCodes.NoSatisfactoryAlternativeRequired, CaveatCodes.TrialsExcludedEcogAbove1OrPriorIld],
            Basis = "FDA accelerated approval 2024-04-05 (tumour-agnostic, HER2 IHC 3+)",
            Description = "HER2 IHC 3+ solid tumours after prior systemic therapy: trastuzumab deruxtecan may be an option; no RAS condition.",
        },
    ];
}
