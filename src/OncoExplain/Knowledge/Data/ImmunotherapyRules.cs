using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Checkpoint inhibitors (fact sheet §1.5, §2.7, §2.8, §3; rules R-C8, R-A1, R-A2).</summary>
internal static class ImmunotherapyRules
{
    private static readonly ContextCaveat Discordant = new(MsiMmrDiscordant, CaveatCodes.MsiMmrDiscordant);
    private static readonly ContextCaveat Pole = new(PoleVariant, CaveatCodes.PoleContextOnly);
    private static readonly ContextCaveat Pancreatic = new(PancreaticCancer, CaveatCodes.LowerResponseInPancreatic);

    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "checkpoint-colorectal-msi-high",
            TherapyId = TherapyIds.CheckpointInhibitor,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [MsiHighOrDmmr],
            Context = [Discordant, Pole],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C13", "C14"],
            DrugIds = ["pembrolizumab", "nivolumab+ipilimumab"],
            Basis = "FDA 2020-06-29 (pembrolizumab first line); FDA 2025-04-08 (nivolumab with ipilimumab, any line)",
            Description = "MSI-high/dMMR colorectal cancer: pembrolizumab first line or nivolumab with ipilimumab may be options.",
        },
        new()
        {
            Id = "checkpoint-msi-high-after-prior-therapy",
            TherapyId = TherapyIds.CheckpointInhibitor,
            Cancers = CancerSets.Both,
            Effect = RuleEffect.Indication,
            Conditions = [MsiHighOrDmmr, PriorSystemicTherapy],
            Context = [Discordant, Pole, Pancreatic],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["T1"],
            DrugIds = ["pembrolizumab"],
            CaveatCodes = [CaveatCodes.NoSatisfactoryAlternativeRequired],
            Basis = "FDA 2017-05-23 tumour-agnostic approval",
            Description = "MSI-high/dMMR solid tumours that progressed after prior treatment: pembrolizumab may be an option.",
        },
        new()
        {
            Id = "checkpoint-dmmr-after-prior-therapy",
            TherapyId = TherapyIds.CheckpointInhibitor,
            Cancers = CancerSets.Both,
            Effect = RuleEffect.Indication,
            Conditions = [MmrDeficient, PriorSystemicTherapy],
            Context = [Discordant, Pancreatic],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["T3"],
            DrugIds = ["dostarlimab"],
            CaveatCodes = [CaveatCodes.AcceleratedApproval, CaveatCodes.NoSatisfactoryAlternativeRequired],
            Basis = "FDA accelerated approval 2021-08-17 (tumour-agnostic)",
            Description = "dMMR solid tumours that progressed after prior treatment: dostarlimab may be an option.",
        },
        new()
        {
            Id = "checkpoint-tmb-high-after-prior-therapy",
            TherapyId = TherapyIds.CheckpointInhibitor,
            Cancers = CancerSets.Both,
            Effect = RuleEffect.Indication,
            Conditions = [TmbHigh, PriorSystemicTherapy],
            Context = [Pole],
            Level = EvidenceLevel.Level1,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["T2"],
            DrugIds = ["pembrolizumab"],
            CaveatCodes = [CaveatCodes.AcceleratedApproval, CaveatCodes.NoSatisfactoryAlternativeRequired],
            Basis = "FDA accelerated approval 2020-06-16 (tumour-agnostic)",
            Description = "TMB of at least 10 mutations per megabase after prior treatment: pembrolizumab may be an option.",
        },
    ];
}
