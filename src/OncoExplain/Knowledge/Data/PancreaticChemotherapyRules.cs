using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Pancreatic chemotherapy, first and second line (fact sheet §1.1, §1.2; rules R-P1, R-P2, R-P3).</summary>
internal static class PancreaticChemotherapyRules
{
    private static readonly ImmutableArray<ContextCaveat> LaterLine = [new(PriorSystemicTherapy, CaveatCodes.LaterLineUseNotCovered)];

    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "folfirinox-first-line",
            TherapyId = TherapyIds.Folfirinox,
            Cancers = CancerSets.Pancreatic,
            Effect = RuleEffect.Indication,
            Conditions = [NoPriorMetastaticTherapy, Ecog01, Age75OrYounger],
            Context = LaterLine,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["P1"],
            DrugIds = ["folfirinox"],
            CaveatCodes = [CaveatCodes.BilirubinLimit],
            Basis = "PRODIGE 4 / ACCORD 11 (guideline-based regimen)",
            Description = "First line for fit patients (ECOG 0–1, age up to 75): FOLFIRINOX may be an option.",
        },
        new()
        {
            Id = "nalirifox-first-line",
            TherapyId = TherapyIds.Nalirifox,
            Cancers = CancerSets.Pancreatic,
            Effect = RuleEffect.Indication,
            Conditions = [NoPriorMetastaticTherapy, Ecog01],
            Context = LaterLine,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["P3"],
            DrugIds = ["nalirifox"],
            Basis = "FDA 2024-02-13 (NAPOLI 3)",
            Description = "First line for ECOG 0–1: NALIRIFOX may be an option.",
        },
        new()
        {
            Id = "gemcitabine-nab-paclitaxel-first-line",
            TherapyId = TherapyIds.GemcitabineNabPaclitaxel,
            Cancers = CancerSets.Pancreatic,
            Effect = RuleEffect.Indication,
            Conditions = [NoPriorMetastaticTherapy, Ecog02],
            Context = LaterLine,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["P2"],
            DrugIds = ["gemcitabine-nab-paclitaxel"],
            CaveatCodes = [CaveatCodes.KarnofskyApproximation],
            Basis = "FDA September 2013 (MPACT)",
            Description = "First line for Karnofsky ≥70 (roughly ECOG 0–2): gemcitabine with nab-paclitaxel may be an option.",
        },
        new()
        {
            Id = "nal-iri-after-gemcitabine",
            TherapyId = TherapyIds.NalIriFluorouracil,
            Cancers = CancerSets.Pancreatic,
            Effect = RuleEffect.Indication,
            Conditions = [PriorGemcitabineBasedTherapy],
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["P4"],
            DrugIds = ["nal-iri-fluorouracil"],
            CaveatCodes = [CaveatCodes.NotApprovedAsSingleAgent, CaveatCodes.BoxedWarning],
            Basis = "FDA 2015-10-22 (NAPOLI-1)",
            Description = "After gemcitabine-based therapy: liposomal irinotecan with fluorouracil/leucovorin may be an option.",
        },
    ];
}
