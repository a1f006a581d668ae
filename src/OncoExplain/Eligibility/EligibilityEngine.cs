using System.Collections.Frozen;
using System.Runtime.InteropServices;
using OncoExplain.Eligibility;
using OncoExplain.Eligibility.Conditions;

namespace OncoExplain;

/// <summary>
/// The eligibility engine: pure, deterministic and thread-safe. It reads no clock, file, culture or network; the same profile
/// and knowledge version always give an equal result.
/// </summary>
/// <remarks>
/// <para>For each therapy relevant to the profile's cancer (tumour-agnostic ones included) it evaluates every rule, checking
/// every condition. A fired resistance rule makes the therapy <see cref="FindingStatus.NotACandidate"/>; otherwise the best rule
/// status wins (see <see cref="FindingStatus"/> for the precedence).</para>
/// <para>Unknown is never negative: an untested gating biomarker gives <see cref="FindingStatus.NeedsTesting"/> and names the
/// test. An empty treatment history is read as "not yet treated for metastatic disease" and flagged with
/// <see cref="CaveatCodes.NoTreatmentHistoryRecorded"/>.</para>
/// </remarks>
public sealed class EligibilityEngine : IEligibilityEngine
{
    private readonly KnowledgeBase knowledge;

    // Per cancer, resolved once: each relevant therapy with its rules in catalogue order.
    private readonly FrozenDictionary<CancerType, (string TherapyId, RulePlan[] Rules)[]> plans;

    /// <summary>Creates an engine over a knowledge base.</summary>
    /// <param name="knowledge">The knowledge to apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="knowledge"/> is <see langword="null"/>.</exception>
    public EligibilityEngine(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
        plans = Enum.GetValues<CancerType>().ToFrozenDictionary(
            cancer => cancer,
            cancer => knowledge.TherapiesFor(cancer).Select(t => (t.Id, knowledge.RulesFor(t.Id, cancer).Select(r => new RulePlan(r, knowledge)).ToArray())).ToArray());
    }

    /// <summary>An engine over <see cref="KnowledgeBase.Current"/>.</summary>
    public static EligibilityEngine Default { get; } = new(KnowledgeBase.Current);

    /// <inheritdoc />
    public EligibilityResult Evaluate(TumourProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var plan = PlanFor(profile.Cancer);
        var memo = ConditionMemo.Rent(profile);
        try
        {
            var findings = new Finding[plan.Length];
            for (var i = 0; i < plan.Length; i++)
            {
                findings[i] = Assess(plan[i].TherapyId, plan[i].Rules, profile, memo);
            }

            var all = ImmutableCollectionsMarshal.AsImmutableArray(findings);
            return new EligibilityResult(all, NextStepPlanner.Plan(profile, all, memo), knowledge.Version);
        }
        finally
        {
            memo.Return();
        }
    }

    /// <summary>The findings for some therapies only, in the engine's order (for comparisons that cover part of the catalogue).</summary>
    internal Finding[] Evaluate(TumourProfile profile, IReadOnlyCollection<string> therapyIds)
    {
        var memo = ConditionMemo.Rent(profile);
        try
        {
            return [.. PlanFor(profile.Cancer).Where(p => therapyIds.Contains(p.TherapyId)).Select(p => Assess(p.TherapyId, p.Rules, profile, memo))];
        }
        finally
        {
            memo.Return();
        }
    }

    private (string TherapyId, RulePlan[] Rules)[] PlanFor(CancerType cancer) => plans.TryGetValue(cancer, out var plan) ? plan : [];

    private static Finding Assess(string therapyId, RulePlan[] rules, TumourProfile profile, ConditionMemo memo)
    {
        var outcomes = new RuleOutcome[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            outcomes[i] = RuleEvaluator.Evaluate(rules[i], profile, memo);
        }

        return FindingAssembler.Assemble(therapyId, outcomes, profile);
    }
}
