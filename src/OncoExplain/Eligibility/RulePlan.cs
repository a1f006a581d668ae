namespace OncoExplain.Eligibility;

/// <summary>
/// A rule with its conditions resolved once: the definition and memo index of every gating condition and the memo index
/// of every context condition, so evaluating it looks nothing up by name.
/// </summary>
internal sealed class RulePlan
{
    public RulePlan(Rule rule, KnowledgeBase knowledge)
    {
        Rule = rule;
        Definitions = [.. rule.Conditions.Select(knowledge.FindCondition)];
        ConditionIndexes = [.. rule.Conditions.Select(Conditions.ConditionEvaluator.IndexOf)];
        ContextIndexes = [.. rule.Context.Select(c => Conditions.ConditionEvaluator.IndexOf(c.ConditionCode))];
    }

    public Rule Rule { get; }

    /// <summary>Per gating condition, its definition; <see langword="null"/> for a code the knowledge base does not define.</summary>
    public ConditionDefinition?[] Definitions { get; }

    public int[] ConditionIndexes { get; }

    public int[] ContextIndexes { get; }
}
