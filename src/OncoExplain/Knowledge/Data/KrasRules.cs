using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>KRAS G12C and RAS(ON) inhibitors (fact sheet §1.8, §1.9, §2.5; rules R-C5, R-P7, R-P8).</summary>
internal static class KrasRules
{
    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "kras-g12c-colorectal-after-chemotherapy",
            TherapyId = TherapyIds.KrasG12cTargeted,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [KrasG12cPresent, PriorFluoropyrimidineOxaliplatinIrinotecan],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C9", "C10"],
            DrugIds = ["sotorasib+panitumumab", "adagrasib+cetuximab"],
            CaveatCodes = [CaveatCodes.EgfrCoBlockadeRequired, CaveatCodes.AcceleratedApproval],
            Basis = "FDA accelerated approval 2024-06-21 (adagrasib with cetuximab); FDA January 2025 (sotorasib with panitumumab)",
            Description = "KRAS G12C colorectal cancer after fluoropyrimidine, oxaliplatin and irinotecan: a G12C inhibitor with an EGFR antibody may be an option.",
        },
        new()
        {
            Id = "kras-g12c-pancreatic-trials",
            TherapyId = TherapyIds.KrasG12cTargeted,
            Cancers = CancerSets.Pancreatic,
            Effect = RuleEffect.Investigational,
            Conditions = [KrasG12cPresent, PriorSystemicTherapy],
            Level = EvidenceLevel.Level3A,
            Bucket = CaregiverBucket.WorthAskingAbout,
            SourceIds = ["P12", "P12b"],
            DrugIds = ["sotorasib", "adagrasib"],
            CaveatCodes = [CaveatCodes.NoFdaIndicationInThisCancer],
            Basis = "Single-arm trial cohorts (CodeBreaK 100, KRYSTAL-1); no FDA pancreatic indication found",
            Description = "KRAS G12C pancreatic cancer: sotorasib and adagrasib showed responses in pretreated patients; trial or off-label use only.",
        },
        new()
        {
            Id = "ras-on-inhibitor-pancreatic-trials",
            TherapyId = TherapyIds.RasOnInhibitor,
            Cancers = CancerSets.Pancreatic,
            Effect = RuleEffect.Investigational,
            Conditions = [RasMutant, PriorSystemicTherapy],
            Level = EvidenceLevel.Level3A,
            Bucket = CaregiverBucket.WorthAskingAbout,
            SourceIds = ["P14"],
            DrugIds = ["daraxonrasib"],
            CaveatCodes = [CaveatCodes.NoApprovalFound, CaveatCodes.SecondarySourcesOnly],
            Basis = "Phase 3 RASolute 302 reported in secondary sources; no approval found",
            Description = "Previously treated RAS-mutant pancreatic cancer: daraxonrasib is investigational (trials, expanded access).",
        },
    ];
}
