using OncoExplain.Eligibility.Caching;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>
/// The conditions already checked for one profile during one evaluation: each is checked once however many rules name it,
/// and every rule gets the same <see cref="SharedEvaluation"/> for it (the checks are pure, so the result is the same as
/// checking again). With an <see cref="EvaluationTable"/>, equal evaluations are shared across profiles too. One instance
/// per thread is reused between evaluations, with scratch room for cache keys.
/// </summary>
internal sealed class ConditionMemo
{
    [ThreadStatic]
    private static ConditionMemo? spare;

    private readonly SharedEvaluation?[] evaluations = new SharedEvaluation?[ConditionEvaluator.Count];
    private TumourProfile? profile;
    private EvaluationTable? table;
    private Finding[] findings = [];

    private ConditionMemo()
    {
    }

    /// <summary>Room for the evaluations one finding reads, in the order of its key.</summary>
    public SharedEvaluation[] Reads { get; } = new SharedEvaluation[ConditionEvaluator.Count];

    /// <summary>A memo for <paramref name="profile"/> that shares through <paramref name="table"/> when there is one; give it
    /// back with <see cref="Return"/> when the evaluation is done.</summary>
    public static ConditionMemo Rent(TumourProfile profile, EvaluationTable? table)
    {
        var memo = spare ?? new ConditionMemo();
        spare = null;
        memo.profile = profile;
        memo.table = table;
        return memo;
    }

    /// <summary>Room for <paramref name="count"/> findings, valid until <see cref="Return"/>.</summary>
    public Span<Finding> Findings(int count)
    {
        if (findings.Length < count)
        {
            findings = new Finding[count];
        }

        return findings.AsSpan(0, count);
    }

    /// <summary>Forgets the profile and keeps the memo for the thread's next evaluation.</summary>
    public void Return()
    {
        Array.Clear(evaluations);
        Array.Clear(Reads);
        Array.Clear(findings);
        profile = null;
        table = null;
        spare = this;
    }

    /// <summary>Checks a condition (once per evaluation).</summary>
    public SharedEvaluation Evaluate(string code) => Evaluate(ConditionEvaluator.IndexOf(code), code);

    /// <summary>Checks a condition whose <see cref="ConditionEvaluator.IndexOf"/> is known.</summary>
    /// <exception cref="KeyNotFoundException">The code has no check (index -1).</exception>
    public SharedEvaluation Evaluate(int index, string code)
    {
        var current = profile ?? throw new InvalidOperationException("The memo is not rented.");
        if (index < 0)
        {
            _ = ConditionEvaluator.Evaluate(code, current);
        }

        if (evaluations[index] is { } known)
        {
            return known;
        }

        var evaluation = ConditionEvaluator.Evaluate(index, current);
        return evaluations[index] = table is null
            ? new SharedEvaluation(SharedEvaluation.Unshared, index, code, evaluation)
            : table.Share(index, code, evaluation);
    }

    /// <summary>The outcome of a condition (checked once per evaluation).</summary>
    public ConditionOutcome Outcome(string code) => Evaluate(code).Outcome;
}
