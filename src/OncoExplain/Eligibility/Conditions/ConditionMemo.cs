namespace OncoExplain.Eligibility.Conditions;

/// <summary>
/// The conditions already checked for one profile during one evaluation: each is checked once however many rules name it,
/// and every rule gets the same <see cref="ConditionCheck"/> for it (the checks are pure, so the result is the same as
/// checking again). One instance per thread is reused between evaluations.
/// </summary>
internal sealed class ConditionMemo
{
    [ThreadStatic]
    private static ConditionMemo? spare;

    private readonly Evaluation[] evaluations = new Evaluation[ConditionEvaluator.Count];
    private readonly ConditionCheck?[] checks = new ConditionCheck?[ConditionEvaluator.Count];
    private TumourProfile? profile;

    private ConditionMemo()
    {
    }

    /// <summary>A memo for <paramref name="profile"/>; give it back with <see cref="Return"/> when the evaluation is done.</summary>
    public static ConditionMemo Rent(TumourProfile profile)
    {
        var memo = spare ?? new ConditionMemo();
        spare = null;
        memo.profile = profile;
        return memo;
    }

    /// <summary>Forgets the profile and keeps the memo for the thread's next evaluation.</summary>
    public void Return()
    {
        Array.Clear(evaluations);
        Array.Clear(checks);
        profile = null;
        spare = this;
    }

    /// <summary>Checks a condition (once per evaluation) and gives its trace entry.</summary>
    public Evaluation Evaluate(string code, out ConditionCheck check) => Evaluate(ConditionEvaluator.IndexOf(code), code, out check);

    /// <summary>Checks a condition whose <see cref="ConditionEvaluator.IndexOf"/> is known.</summary>
    /// <exception cref="KeyNotFoundException">The code has no check (index -1).</exception>
    public Evaluation Evaluate(int index, string code, out ConditionCheck check)
    {
        if (index < 0)
        {
            _ = ConditionEvaluator.Evaluate(code, profile!);
        }

        if (checks[index] is { } known)
        {
            check = known;
            return evaluations[index];
        }

        var evaluation = ConditionEvaluator.Evaluate(code, profile ?? throw new InvalidOperationException("The memo is not rented."));
        evaluations[index] = evaluation;
        check = checks[index] = new ConditionCheck(code, evaluation.Outcome, evaluation.Arguments);
        return evaluation;
    }

    /// <summary>The outcome of a condition (checked once per evaluation).</summary>
    public ConditionOutcome Outcome(string code) => Evaluate(code, out _).Outcome;
}
