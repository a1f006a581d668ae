using System.Collections.Immutable;

namespace OncoExplain.Eligibility;

/// <summary>What one rule says about one profile.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Status">The rule's status for the profile.</param>
/// <param name="ResistanceFired">Whether this is a resistance rule whose every condition is met.</param>
/// <param name="Checks">The gating conditions, then the met context conditions, each once.</param>
/// <param name="MissingTests">Tests that would settle an unknown gating condition.</param>
/// <param name="UnknownCaveats">Caveats from unknown conditions that do not block the rule (fitness, resectability).</param>
/// <param name="ContextCaveats">Caveats from met context conditions.</param>
/// <param name="ChecksTreatmentHistory">Whether a gating condition looks at the treatment history.</param>
/// <param name="WaitsForTreatment">Whether a treatment-history condition is not met yet (or unknown), so the rule opens only later.</param>
internal readonly record struct RuleOutcome(
    Rule Rule,
    FindingStatus Status,
    bool ResistanceFired,
    ImmutableArray<ConditionCheck> Checks,
    ImmutableArray<string> MissingTests,
    ImmutableArray<string> UnknownCaveats,
    ImmutableArray<string> ContextCaveats,
    bool ChecksTreatmentHistory,
    bool WaitsForTreatment);
