namespace OncoExplain.Eligibility;

/// <summary>
/// One therapy of one cancer with its rules resolved, and every condition those rules read (gating and context, each once):
/// the finding is a function of these conditions' evaluations and of whether a treatment history is recorded.
/// </summary>
internal sealed class TherapyPlan
{
    public TherapyPlan(int index, string therapyId, RulePlan[] rules)
    {
        Index = index;
        TherapyId = therapyId;
        Rules = rules;
        var reads = new List<(int Index, string Code)>();
        foreach (var rule in rules)
        {
            for (var c = 0; c < rule.Rule.Conditions.Length; c++)
            {
                AddOnce(reads, rule.ConditionIndexes[c], rule.Rule.Conditions[c]);
            }

            for (var c = 0; c < rule.Rule.Context.Length; c++)
            {
                AddOnce(reads, rule.ContextIndexes[c], rule.Rule.Context[c].ConditionCode);
            }
        }

        ReadIndexes = [.. reads.Select(r => r.Index)];
        ReadCodes = [.. reads.Select(r => r.Code)];

        // A rule naming a condition without a check fails when evaluated; such a plan is never cached, so it keeps failing.
        IsCacheable = !ReadIndexes.Contains(-1) && rules.All(r => !r.Definitions.Contains(null));
    }

    /// <summary>Unique among the plans of one engine.</summary>
    public int Index { get; }

    public string TherapyId { get; }

    public RulePlan[] Rules { get; }

    /// <summary>The <see cref="Conditions.ConditionEvaluator.IndexOf"/> of every condition the rules read, each once.</summary>
    public int[] ReadIndexes { get; }

    /// <summary>The codes of <see cref="ReadIndexes"/>, in the same order.</summary>
    public string[] ReadCodes { get; }

    public bool IsCacheable { get; }

    private static void AddOnce(List<(int Index, string Code)> reads, int index, string code)
    {
        if (!reads.Exists(r => r.Code == code))
        {
            reads.Add((index, code));
        }
    }
}
