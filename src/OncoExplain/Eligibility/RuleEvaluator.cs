using System.Collections.Immutable;
using System.Runtime.InteropServices;
using OncoExplain.Eligibility.Conditions;

namespace OncoExplain.Eligibility;

/// <summary>
/// Evaluates one rule: checks every gating condition (no short-circuit, so the trace is complete) and derives the rule's status;
/// context conditions join the trace only when met, with their caveat.
/// </summary>
internal static class RuleEvaluator
{
    public static RuleOutcome Evaluate(RulePlan plan, TumourProfile profile, ConditionMemo memo)
    {
        var rule = plan.Rule;
        var checks = new ConditionCheck[rule.Conditions.Length + AddedContextChecks(plan, memo)];
        var count = 0;
        List<string>? missing = null, unknownCaveats = null, contextCaveats = null;
        bool rulesOut = false, needsTesting = false, later = false, allMet = true, history = false;

        for (var c = 0; c < rule.Conditions.Length; c++)
        {
            var code = rule.Conditions[c];
            var definition = plan.Definitions[c] ?? throw new InvalidOperationException($"Rule {rule.Id} names unknown condition {code}.");
            var evaluation = memo.Evaluate(plan.ConditionIndexes[c], code);
            checks[count++] = evaluation.Check;
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

        for (var c = 0; c < rule.Context.Length; c++)
        {
            var context = rule.Context[c];
            var evaluation = memo.Evaluate(plan.ContextIndexes[c], context.ConditionCode);
            if (evaluation.Outcome != ConditionOutcome.Met)
            {
                continue;
            }

            if (!Contains(checks.AsSpan(0, count), context.ConditionCode))
            {
                checks[count++] = evaluation.Check;
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
            count == checks.Length ? ImmutableCollectionsMarshal.AsImmutableArray(checks) : [.. checks.AsSpan(0, count)],
            ToImmutable(missing),
            ToImmutable(unknownCaveats),
            ToImmutable(contextCaveats),
            history,
            later);
    }

    // How many context checks join the trace: the met context conditions that are not gating conditions, each once.
    private static int AddedContextChecks(RulePlan plan, ConditionMemo memo)
    {
        var rule = plan.Rule;
        var added = 0;
        for (var i = 0; i < rule.Context.Length; i++)
        {
            var code = rule.Context[i].ConditionCode;
            if (memo.Evaluate(plan.ContextIndexes[i], code).Outcome != ConditionOutcome.Met || rule.Conditions.Contains(code))
            {
                continue;
            }

            var repeated = false;
            for (var j = 0; j < i; j++)
            {
                repeated |= rule.Context[j].ConditionCode == code;
            }

            added += repeated ? 0 : 1;
        }

        return added;
    }

    private static bool Contains(ReadOnlySpan<ConditionCheck> checks, string code)
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
