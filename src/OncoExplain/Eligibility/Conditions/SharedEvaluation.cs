using System.Runtime.InteropServices;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>
/// One condition evaluated one way (code, outcome, arguments, missing test), with its trace entry. An engine with caches
/// keeps one instance per distinct evaluation, so the instance stands for its value: findings are cached by the
/// identities of the evaluations they read.
/// </summary>
internal sealed class SharedEvaluation
{
    /// <summary>The <see cref="Id"/> of an evaluation made for one profile only, which no cache may key on.</summary>
    public const int Unshared = 0;

    public SharedEvaluation(int id, int index, string code, in Evaluation evaluation)
    {
        Id = id;
        Index = index;
        MissingTest = evaluation.MissingTest;
        var arguments = evaluation.Arguments;
        Check = new ConditionCheck(
            code,
            evaluation.Outcome,
            arguments.IsEmpty ? [] : ImmutableCollectionsMarshal.AsImmutableArray(arguments.ToArray()));
    }

    /// <summary>Unique among the shared evaluations of one engine (from 1), or <see cref="Unshared"/>.</summary>
    public int Id { get; }

    /// <summary>The condition's <see cref="ConditionEvaluator.IndexOf"/>.</summary>
    public int Index { get; }

    public ConditionOutcome Outcome => Check.Outcome;

    /// <inheritdoc cref="Evaluation.MissingTest" />
    public string? MissingTest { get; }

    /// <summary>The trace entry every finding that reads this condition shows.</summary>
    public ConditionCheck Check { get; }

    public bool IsShared => Id != Unshared;
}
