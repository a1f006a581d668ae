using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>BRAF V600E (fact sheet §1.7, §2.4, §3; rules R-C3, R-C4, R-A5).</summary>
internal static class BrafRules
{
    private static readonly ImmutableArray<ContextCaveat> MsiContext = [new(MsiHighOrDmmr, CaveatCodes.MsiHighImmunotherapyAlsoRelevant)];

    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "braf-colorectal-first-line",
            TherapyId = TherapyIds.BrafTargeted,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [BrafV600ePresent, NoPriorMetastaticTherapy],
            Context = MsiContext,
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C8", "C8b"],
            DrugIds = ["encorafenib+cetuximab+mfolfox6"],
            CaveatCodes = [CaveatCodes.AcceleratedApproval],
            Basis = "FDA accelerated approval 2024-12-20 (BREAKWATER)",
            Description = "BRAF V600E colorectal cancer, first line: encorafenib with cetuximab and mFOLFOX6 may be an option.",
        },
        new()
        {
            Id = "braf-colorectal-after-prior-therapy",
            TherapyId = TherapyIds.BrafTargeted,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [BrafV600ePresent, PriorSystemicTherapy],
            Context = MsiContext,
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C7"],
            DrugIds = ["encorafenib+cetuximab"],
            Basis = "FDA 2020-04-08 (BEACON CRC)",
            Description = "BRAF V600E colorectal cancer after prior therapy: encorafenib with cetuximab may be an option.",
        },
        new()
        {
            Id = "braf-tumour-agnostic",
            TherapyId = TherapyIds.BrafTargeted,
            Cancers = CancerSets.Both,
            Effect = RuleEffect.Indication,
            Conditions = [NotColorectalCancer, BrafV600ePresent, PriorSystemicTherapy],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["T8"],
            DrugIds = ["dabrafenib+trametinib"],
            CaveatCodes = [CaveatCodes.AcceleratedApproval, CaveatCodes.NoSatisfactoryAlternativeRequired],
            Basis = "FDA accelerated approval 2022-06-22 (tumour-agnostic; not indicated for colorectal cancer)",
            Description = "BRAF V600E solid tumours other than colorectal, after prior treatment: dabrafenib with trametinib may be an option.",
        },
    ];
}
