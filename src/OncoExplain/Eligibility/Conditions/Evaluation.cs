using System.Collections.Immutable;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>The result of checking one condition: the outcome, its arguments, and the test to name when it is unknown and
/// the condition's default test does not fit (for example ISH after HER2 IHC 2+).</summary>
internal readonly record struct Evaluation(ConditionOutcome Outcome, ImmutableArray<string> Arguments, string? MissingTest = null)
{
    public static Evaluation Met(params string[] arguments) => new(ConditionOutcome.Met, [.. arguments]);

    public static Evaluation NotMet(params string[] arguments) => new(ConditionOutcome.NotMet, [.. arguments]);

    public static Evaluation Unknown(params string[] arguments) => new(ConditionOutcome.Unknown, [.. arguments]);

    public static Evaluation Of(bool met, params string[] arguments) => met ? Met(arguments) : NotMet(arguments);
}
