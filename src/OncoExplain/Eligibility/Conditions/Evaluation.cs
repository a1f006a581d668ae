using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>The result of checking one condition: the outcome, its arguments, and the test to name when it is unknown and
/// the condition's default test does not fit (for example ISH after HER2 IHC 2+).</summary>
internal readonly record struct Evaluation(ConditionOutcome Outcome, ImmutableArray<string> Arguments, string? MissingTest = null)
{
    // The argument arrays are the callers' own (params arrays or arrays built for the call) and never changed after, so they
    // are wrapped rather than copied.
    public static Evaluation Met(params string[] arguments) => new(ConditionOutcome.Met, Wrap(arguments));

    public static Evaluation NotMet(params string[] arguments) => new(ConditionOutcome.NotMet, Wrap(arguments));

    public static Evaluation Unknown(params string[] arguments) => new(ConditionOutcome.Unknown, Wrap(arguments));

    public static Evaluation Of(bool met, params string[] arguments) => met ? Met(arguments) : NotMet(arguments);

    private static ImmutableArray<string> Wrap(string[] arguments) =>
        arguments.Length == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(arguments);
}
