using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Germline BRCA1/2 and PALB2 in pancreatic cancer (fact sheet §1.3, §1.4; rules R-P4, R-P5).</summary>
internal static class DnaRepairRules
{
    private static readonly ContextCaveat SomaticOnly = new(SomaticOnlyBrcaOrPalb2, CaveatCodes.SomaticBrcaNotTheLabel);

    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "parp-maintenance-germline-brca",
            TherapyId = TherapyIds.ParpMaintenance,
            Cancers = CancerSets.Pancreatic,
            Effect = RuleEffect.Indication,
            Conditions = [GermlineBrca, FirstLinePlatinum, NoProgressionOnFirstLinePlatinum, Platinum16WeeksWithoutProgression],
            Context = [SomaticOnly],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["P5"],
            DrugIds = ["olaparib"],
            CaveatCodes = [CaveatCodes.ProgressionFreeNotOverallSurvival],
            Basis = "FDA 2019-12-27 (POLO)",
            Description = "Germline BRCA1/2 with no progression on at least 16 weeks of first-line platinum: olaparib maintenance may be an option.",
        },
        new()
        {
            Id = "platinum-preferred-brca-palb2",
            TherapyId = TherapyIds.PlatinumChemotherapy,
            Cancers = CancerSets.Pancreatic,
            Effect = RuleEffect.Indication,
            Conditions = [GermlineBrcaOrPalb2, NoPriorMetastaticTherapy],
            Context = [SomaticOnly],
            Level = EvidenceLevel.Level3A,
            Bucket = CaregiverBucket.WorthAskingAbout,
            SourceIds = ["P6", "P6b"],
            DrugIds = ["folfirinox", "nalirifox", "gem-cis"],
            CaveatCodes = [CaveatCodes.RetrospectiveEvidence],
            Basis = "Retrospective series (not FDA-labelled)",
            Description = "Germline BRCA1/2 or PALB2 carriers did better with platinum exposure; a platinum-containing first line may be favoured.",
        },
    ];
}
