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
        var checks = ImmutableArray.CreateBuilder<ConditionCheck>();
        var missing = new List<string>();
        var unknownCaveats = new List<string>();
        var contextCaveats = new List<string>();
        bool rulesOut = false, needsTesting = false, later = false, allMet = true, history = false;

        foreach (var code in rule.Conditions)
        {
            var definition = knowledge.FindCondition(code) ?? throw new InvalidOperationException($"Rule {rule.Id} names unknown condition {code}.");
            var evaluation = ConditionEvaluator.Evaluate(code, profile);
            checks.Add(new ConditionCheck(code, evaluation.Outcome, evaluation.Arguments));
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
                    AddOnce(missing, evaluation.MissingTest ?? definition.TestFor(profile.Cancer));
                    break;
                case ConditionOutcome.Unknown when definition.WhenUnknown == UnknownEffect.Later:
                    later = true;
                    break;
                case ConditionOutcome.Unknown:
                    AddOnce(unknownCaveats, definition.UnknownCaveatCode);
                    break;
            }
        }

        foreach (var context in rule.Context)
        {
            var evaluation = ConditionEvaluator.Evaluate(context.ConditionCode, profile);
            if (evaluation.Outcome != ConditionOutcome.Met)
            {
                continue;
            }

            if (!checks.Any(c => c.Code == context.ConditionCode))
            {
                checks.Add(new ConditionCheck(context.ConditionCode, evaluation.Outcome, evaluation.Arguments));
            }

            AddOnce(contextCaveats, context.CaveatCode);
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
            checks.ToImmutable(),
            [.. missing],
            [.. unknownCaveats],
            [.. contextCaveats],
            history,
            later);
    }

    private static void AddOnce(List<string> list, string? item)
    {
        if (item is not null && !list.Contains(item))
        {
            list.Add(item);
        }
    }
}
