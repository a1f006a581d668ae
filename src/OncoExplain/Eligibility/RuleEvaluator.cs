using System.Collections.Immutable;
using OncoExplain.Eligibility.Conditions;

namespace OncoExplain.Eligibility;

/// <summary>
/// Evaluates one rule: checks every gating condition (no short-circuit, so the trace is complete) and derives the rule's status;
/// context conditions join the trace only when met, with their caveat.
/// </summary>
internal static class RuleEvaluator
{
    public static RuleOutcome Evaluate(Rule rule, TumourProfile profile, KnowledgeBase knowledge)
    {
        var memo = ConditionMemo.Rent(profile);
        try
        {
            return Evaluate(rule, profile, knowledge, memo);
        }
        finally
        {
            memo.Return();
        }
    }

    public static RuleOutcome Evaluate(Rule rule, TumourProfile profile, KnowledgeBase knowledge, ConditionMemo memo)
    {
        var checks = ImmutableArray.CreateBuilder<ConditionCheck>(rule.Conditions.Length + rule.Context.Length);
        List<string>? missing = null, unknownCaveats = null, contextCaveats = null;
        bool rulesOut = false, needsTesting = false, later = false, allMet = true, history = false;

        foreach (var code in rule.Conditions)
        {
            var definition = knowledge.FindCondition(code) ?? throw new InvalidOperationException($"Rule {rule.Id} names unknown condition {code}.");
            var evaluation = memo.Evaluate(code, out var check);
            checks.Add(check);
            history |= definition.Kind == ConditionKind.TreatmentHistory;
            allMet &= evaluation.Outcome == ConditionOutcome.Met;
            switch (evaluation.Outcome)
            {
                case ConditionOutcome.NotMet when definition.WhenNotMet == UnmetEffect.RulesOut:
                    rulesOut = true;
                    break;
                case ConditionOutcome.NotMet:
                    later = true;
                    break;
                case ConditionOutcome.Unknown when definition.WhenUnknown == UnknownEffect.NeedsTesting:
                    needsTesting = true;
                    AddOnce(ref missing, evaluation.MissingTest ?? definition.TestFor(profile.Cancer));
                    break;
                case ConditionOutcome.Unknown when definition.WhenUnknown == UnknownEffect.Later:
                    later = true;
                    break;
                case ConditionOutcome.Unknown:
                    AddOnce(ref unknownCaveats, definition.UnknownCaveatCode);
                    break;
            }
        }

        foreach (var context in rule.Context)
        {
            var evaluation = memo.Evaluate(context.ConditionCode, out var check);
            if (evaluation.Outcome != ConditionOutcome.Met)
            {
                continue;
            }

            if (!Contains(checks, context.ConditionCode))
            {
                checks.Add(check);
            }

            AddOnce(ref contextCaveats, context.CaveatCode);
        }

        var status = rule.Effect switch
        {
            RuleEffect.Resistance => FindingStatus.NotACandidate,
            _ when rulesOut => FindingStatus.NotACandidate,
            _ when needsTesting => FindingStatus.NeedsTesting,
            RuleEffect.Investigational => FindingStatus.Investigational,
            _ when later => FindingStatus.CandidateLater,
            _ => FindingStatus.Candidate,
        };

        return new RuleOutcome(
            rule,
            status,
            rule.Effect == RuleEffect.Resistance && allMet,
            checks.DrainToImmutable(),
            ToImmutable(missing),
            ToImmutable(unknownCaveats),
            ToImmutable(contextCaveats),
            history,
            later);
    }

    private static bool Contains(ImmutableArray<ConditionCheck>.Builder checks, string code)
    {
        foreach (var check in checks)
        {
            if (check.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddOnce(ref List<string>? list, string? item)
    {
        if (item is not null && !(list?.Contains(item) ?? false))
        {
            (list ??= []).Add(item);
        }
    }

    private static ImmutableArray<string> ToImmutable(List<string>? list) => list is null ? [] : [.. list];
}
