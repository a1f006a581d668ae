using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Kinase fusions: NTRK, RET, NRG1 (fact sheet §1.7, §3; rules R-A3, R-A4, R-P6).</summary>
internal static class FusionRules
{
    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "trk-ntrk-fusion",
            TherapyId = TherapyIds.TrkInhibitor,
            Cancers = CancerSets.Both,
            Effect = RuleEffect.Indication,
            Conditions = [NtrkFusion],
            Context = [new(PriorTrkInhibitor, CaveatCodes.RepotrectinibAfterPriorTrkInhibitor)],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["T4", "T5", "T6"],
            DrugIds = ["larotrectinib", "entrectinib", "repotrectinib"],
            CaveatCodes = [CaveatCodes.AcceleratedApproval, CaveatCodes.NoKnownAcquiredResistanceMutation, CaveatCodes.NoSatisfactoryAlternativeRequired],
            Basis = "FDA accelerated approvals 2018-11-26, 2019-08-15, 2024-06-13 (tumour-agnostic)",
            Description = "NTRK fusion-positive solid tumours: a TRK inhibitor may be an option.",
        },
        new()
        {
            Id = "ret-fusion-selpercatinib",
            TherapyId = TherapyIds.RetInhibitor,
            Cancers = CancerSets.Both,
            Effect = RuleEffect.Indication,
            Conditions = [RetFusion],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["T7"],
            DrugIds = ["selpercatinib"],
            CaveatCodes = [CaveatCodes.AcceleratedApproval, CaveatCodes.NoSatisfactoryAlternativeRequired],
            Basis = "FDA accelerated approval 2022-09-21 (tumour-agnostic)",
            Description = "RET fusion-positive solid tumours that progressed or have no satisfactory alternative: selpercatinib may be an option.",
        },
        new()
        {
            Id = "nrg1-fusion-zenocutuzumab",
            TherapyId = TherapyIds.Nrg1Targeted,
            Cancers = CancerSets.Pancreatic,
            Effect = RuleEffect.Indication,
            Conditions = [Nrg1Fusion, PriorSystemicTherapy],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["P11"],
            DrugIds = ["zenocutuzumab"],
            CaveatCodes = [CaveatCodes.AcceleratedApproval, CaveatCodes.BoxedWarning, CaveatCodes.RnaTestingPreferred],
            Basis = "FDA accelerated approval 2024-12-04 (eNRGy)",
            Description = "NRG1 fusion-positive pancreatic adenocarcinoma after prior systemic therapy: zenocutuzumab may be an option.",
        },
    ];
}
