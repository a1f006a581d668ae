using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>The result of checking one condition: the outcome, its arguments, and the test to name when it is unknown and
/// the condition's default test does not fit (for example ISH after HER2 IHC 2+).</summary>
/// <remarks>Up to <see cref="InlineArguments"/> arguments are held inline, so a check allocates nothing; the engine turns
/// an evaluation into a shared <see cref="SharedEvaluation"/> and builds the argument array only the first time.</remarks>
internal readonly struct Evaluation
{
    public const int InlineArguments = 4;

    private readonly InlineSlots inline;
    private readonly string[]? overflow;
    private readonly int count;

    public Evaluation(ConditionOutcome outcome, scoped ReadOnlySpan<string> arguments, string? missingTest = null)
    {
        Outcome = outcome;
        MissingTest = missingTest;
        count = arguments.Length;
        if (arguments.Length <= InlineArguments)
        {
            arguments.CopyTo(inline);
        }
        else
        {
            overflow = arguments.ToArray();
        }
    }

    public ConditionOutcome Outcome { get; }

    public string? MissingTest { get; }

    [UnscopedRef]
    public ReadOnlySpan<string> Arguments => overflow ?? ((ReadOnlySpan<string>)inline)[..count];

    public static Evaluation Met(params ReadOnlySpan<string> arguments) => new(ConditionOutcome.Met, arguments);

    public static Evaluation NotMet(params ReadOnlySpan<string> arguments) => new(ConditionOutcome.NotMet, arguments);

    public static Evaluation Unknown(params ReadOnlySpan<string> arguments) => new(ConditionOutcome.Unknown, arguments);

    public static Evaluation Of(bool met, params ReadOnlySpan<string> arguments) => met ? Met(arguments) : NotMet(arguments);

    [InlineArray(InlineArguments)]
    private struct InlineSlots
    {
        private string element;
    }
}
