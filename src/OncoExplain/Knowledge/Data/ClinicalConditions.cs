using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Definitions of the cancer, treatment-history, fitness and anatomy conditions.</summary>
internal static class ClinicalConditions
{
    private const string MissingClasses = "not-met: the drug classes still missing (fluoropyrimidine, oxaliplatin, irinotecan, gemcitabine, anti-vegf, anti-egfr)";

    public static ImmutableArray<ConditionDefinition> All { get; } =
    [
        new() { Code = NotColorectalCancer, Kind = ConditionKind.Cancer, Description = "The cancer is not colorectal (the tumour-agnostic BRAF V600E label excludes colorectal cancer).", Arguments = "not-met: colorectal", WhenNotMet = UnmetEffect.RulesOut, WhenUnknown = UnknownEffect.NeedsTesting, SourceIds = ["T8"] },
        new() { Code = PancreaticCancer, Kind = ConditionKind.Cancer, Description = "The cancer is pancreatic (context).", Arguments = "none", WhenNotMet = UnmetEffect.RulesOut, WhenUnknown = UnknownEffect.NeedsTesting },
        History(NoPriorMetastaticTherapy, "No treatment for metastatic disease is recorded (first-line setting).", UnmetEffect.RulesOut, "not-met: the regimen ids recorded"),
        History(PriorSystemicTherapy, "At least one prior systemic therapy is recorded.", UnmetEffect.Later, "met: the number of courses recorded"),
        History(PriorFluoropyrimidineOxaliplatinIrinotecan, "Prior fluoropyrimidine, oxaliplatin and irinotecan (all three, in any regimens).", UnmetEffect.Later, MissingClasses),
        History(PriorGemcitabineBasedTherapy, "Prior gemcitabine-based therapy.", UnmetEffect.Later, MissingClasses),
        History(PriorAntiVegf, "Prior anti-VEGF therapy (bevacizumab, aflibercept, ramucirumab).", UnmetEffect.Later, MissingClasses),
        History(PriorAntiEgfrIfRasWildType, "Prior anti-EGFR therapy when the tumour is RAS wild-type; met without it when the tumour is RAS-mutant.", UnmetEffect.Later, MissingClasses),
        History(PriorAntiEgfr, "Prior anti-EGFR therapy (context).", UnmetEffect.Later, "met: the regimen ids"),
        new() { Code = NoProgressionOnPriorAntiEgfr, Kind = ConditionKind.TreatmentHistory, Description = "No earlier anti-EGFR course ended in progression; after progression on anti-EGFR, re-treatment is a ctDNA-guided rechallenge, not the labelled use.", Arguments = "not-met: the regimen ids that ended in progression", WhenNotMet = UnmetEffect.RulesOut, WhenUnknown = UnknownEffect.Caveat, UnknownCaveatCode = CaveatCodes.RechallengeGuidedByCtdna, SourceIds = ["C25"] },
        new() { Code = ProgressionOnPriorAntiEgfr, Kind = ConditionKind.TreatmentHistory, Description = "An earlier anti-EGFR course ended in progression (acquired resistance: emergent RAS/EGFR mutations in about 40%).", Arguments = "met: the regimen ids that ended in progression", WhenNotMet = UnmetEffect.RulesOut, WhenUnknown = UnknownEffect.Caveat, UnknownCaveatCode = CaveatCodes.RechallengeGuidedByCtdna, SourceIds = ["C25"] },
        History(PriorTrkInhibitor, "Prior TRK inhibitor (context).", UnmetEffect.Later, "met: the regimen ids"),
        History(FirstLinePlatinum, "The first-line regimen contained a platinum drug (line 1, or the first course when no line is given).", UnmetEffect.RulesOut, "met/not-met: the first-line regimen id"),
        History(NoProgressionOnFirstLinePlatinum, "The disease did not progress on first-line platinum-based chemotherapy.", UnmetEffect.RulesOut, "met/not-met: the first-line regimen id and outcome as wire name"),
        History(Platinum16WeeksWithoutProgression, "At least 16 weeks of first-line platinum-based chemotherapy without progression.", UnmetEffect.Later, "met/not-met: weeks given, then 16", "P5"),
        Fitness(Ecog01, "ECOG performance status 0 or 1 (the trial population).", CaveatCodes.FitnessNotRecorded, "P1", "P3"),
        Fitness(Ecog02, "ECOG performance status 0 to 2 (read from the trial's Karnofsky ≥70).", CaveatCodes.FitnessNotRecorded, "P2"),
        new() { Code = Age75OrYounger, Kind = ConditionKind.Fitness, Description = "Age 75 or younger (the trial population was 18–75).", Arguments = "met/not-met: age in years", WhenNotMet = UnmetEffect.RulesOut, WhenUnknown = UnknownEffect.Caveat, UnknownCaveatCode = CaveatCodes.AgeNotRecorded, SourceIds = ["P1"] },
        new() { Code = LeftSidedPrimary, Kind = ConditionKind.Anatomy, Description = "The colorectal primary is left-sided (splenic flexure to rectum); right-sided tumours gained no survival benefit from first-line anti-EGFR.", Arguments = "met/not-met: left or right", WhenNotMet = UnmetEffect.RulesOut, WhenUnknown = UnknownEffect.NeedsTesting, ColorectalTestId = TestIds.PrimaryTumourSide, SourceIds = ["C5", "C5b", "C6"] },
        new() { Code = LiverOnlyMetastases, Kind = ConditionKind.Anatomy, Description = "The liver is the only metastatic site (liver-limited disease).", Arguments = "not-met: the other sites as wire names", WhenNotMet = UnmetEffect.RulesOut, WhenUnknown = UnknownEffect.NeedsTesting, ColorectalTestId = TestIds.StagingImaging, PancreaticTestId = TestIds.StagingImaging, SourceIds = ["C23"] },
        new() { Code = LiverMetastasesResectable, Kind = ConditionKind.Anatomy, Description = "A surgical team judged the liver metastases removable; when not, conversion chemotherapy may make them removable later.", Arguments = "none", WhenNotMet = UnmetEffect.Later, WhenUnknown = UnknownEffect.Caveat, UnknownCaveatCode = CaveatCodes.ResectabilityNotYetAssessed, SourceIds = ["C23e"] },
    ];

    private static ConditionDefinition History(string code, string description, UnmetEffect whenNotMet, string arguments, params string[] sources) => new()
    {
        Code = code,
        Kind = ConditionKind.TreatmentHistory,
        Description = description,
        Arguments = arguments,
        WhenNotMet = whenNotMet,
        WhenUnknown = UnknownEffect.Later,
        SourceIds = [.. sources],
    };

    private static ConditionDefinition Fitness(string code, string description, string unknownCaveat, params string[] sources) => new()
    {
        Code = code,
        Kind = ConditionKind.Fitness,
        Description = description,
        Arguments = "met/not-met: the ECOG value",
        WhenNotMet = UnmetEffect.RulesOut,
        WhenUnknown = UnknownEffect.Caveat,
        UnknownCaveatCode = unknownCaveat,
        SourceIds = [.. sources],
    };
}
