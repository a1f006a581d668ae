using System.Collections.Immutable;

namespace OncoExplain.Cohorts;

/// <summary>Condenses a finding's why / why-not trace into the <c>condition=outcome</c> reasons of a <see cref="TherapyStatus"/>.</summary>
internal static class FindingReasons
{
    public static TherapyStatus Of(Finding finding, KnowledgeBase knowledge)
    {
        if (finding.Status == FindingStatus.Candidate)
        {
            return new(finding.TherapyId, finding.Status, []);
        }

        var resistance = finding.Status == FindingStatus.NotACandidate
            && finding.RuleIds.Any(id => knowledge.FindRule(id) is { Effect: RuleEffect.Resistance });
        var reasons = ImmutableArray.CreateBuilder<string>();
        foreach (var check in finding.Checks)
        {
            var blocks = resistance ? check.Outcome == ConditionOutcome.Met : check.Outcome != ConditionOutcome.Met;
            var reason = check.Code + "=" + check.Outcome.ToWireName();
            if (blocks && !reasons.Contains(reason))
            {
                reasons.Add(reason);
            }
        }

        return new(finding.TherapyId, finding.Status, reasons.ToImmutable());
    }
}
