using System.Collections.Frozen;
using System.Collections.Immutable;
using OncoExplain.Eligibility;
using OncoExplain.Eligibility.Caching;
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
/// <para>The engine shares immutable parts between equal evaluations (bounded tables that keep about 5.5 MB once full): equal
/// profiles give the same <see cref="Finding"/> instances.</para>
/// </remarks>
public sealed class EligibilityEngine : IEligibilityEngine
{
    private readonly KnowledgeBase knowledge;
    private readonly EngineCaches? caches;

    // Per cancer, resolved once: each relevant therapy with its rules in catalogue order.
    private readonly FrozenDictionary<CancerType, TherapyPlan[]> plans;

    /// <summary>Creates an engine over a knowledge base.</summary>
    /// <param name="knowledge">The knowledge to apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="knowledge"/> is <see langword="null"/>.</exception>
    public EligibilityEngine(KnowledgeBase knowledge)
        : this(knowledge, new EngineCaches(EngineCaches.DefaultCapacity))
    {
    }

    /// <summary>Creates an engine that shares through <paramref name="caches"/>, or computes everything every time when
    /// <see langword="null"/>.</summary>
    internal EligibilityEngine(KnowledgeBase knowledge, EngineCaches? caches)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
        this.caches = caches;
        var index = 0;
        plans = Enum.GetValues<CancerType>().ToFrozenDictionary(
            cancer => cancer,
            cancer => knowledge.TherapiesFor(cancer)
                .Select(t => new TherapyPlan(index++, t.Id, [.. knowledge.RulesFor(t.Id, cancer).Select(r => new RulePlan(r, knowledge))]))
                .ToArray());
    }

    /// <summary>An engine over <see cref="KnowledgeBase.Current"/>.</summary>
    public static EligibilityEngine Default { get; } = new(KnowledgeBase.Current);

    /// <summary>The engine's caches, or <see langword="null"/> for an engine that computes everything every time.</summary>
    internal EngineCaches? Caches => caches;

    /// <inheritdoc />
    public EligibilityResult Evaluate(TumourProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var plan = PlanFor(profile.Cancer);
        var memo = ConditionMemo.Rent(profile, caches?.Evaluations);
        try
        {
            var findings = memo.Findings(plan.Length);
            var allShared = true;
            for (var i = 0; i < plan.Length; i++)
            {
                findings[i] = Assess(plan[i], profile, memo, out var shared);
                allShared &= shared;
            }

            var facts = NextStepFacts.Of(profile, memo);
            var parts = caches is not null && allShared ? caches.Results.Find(facts, findings) : null;
            if (parts is null)
            {
                ImmutableArray<Finding> all = [.. findings];
                parts = new ResultTable.Parts(facts, all, NextStepPlanner.Plan(facts, all));
                if (caches is not null && allShared)
                {
                    parts = caches.Results.Share(parts);
                }
            }

            return new EligibilityResult(parts.Findings, parts.NextSteps, knowledge.Version);
        }
        finally
        {
            memo.Return();
        }
    }

    /// <summary>The findings for some therapies only, in the engine's order (for comparisons that cover part of the catalogue).</summary>
    internal Finding[] Evaluate(TumourProfile profile, IReadOnlyCollection<string> therapyIds)
    {
        var memo = ConditionMemo.Rent(profile, caches?.Evaluations);
        try
        {
            return [.. PlanFor(profile.Cancer).Where(p => therapyIds.Contains(p.TherapyId)).Select(p => Assess(p, profile, memo, out _))];
        }
        finally
        {
            memo.Return();
        }
    }

    private TherapyPlan[] PlanFor(CancerType cancer) => plans.TryGetValue(cancer, out var plan) ? plan : [];

    // The finding from the cache when the evaluations it reads are shared and it was seen before; computed otherwise.
    private Finding Assess(TherapyPlan plan, TumourProfile profile, ConditionMemo memo, out bool shared)
    {
        shared = false;
        if (caches is null || !plan.IsCacheable)
        {
            return Compute(plan, profile, memo);
        }

        var reads = memo.Reads.AsSpan(0, plan.ReadIndexes.Length);
        for (var i = 0; i < reads.Length; i++)
        {
            reads[i] = memo.Evaluate(plan.ReadIndexes[i], plan.ReadCodes[i]);
            if (!reads[i].IsShared)
            {
                return Compute(plan, profile, memo);
            }
        }

        var noTreatments = profile.Treatments.IsEmpty;
        if (caches.Findings.Find(plan, noTreatments, reads) is { } known)
        {
            shared = true;
            return known;
        }

        var finding = Compute(plan, profile, memo);
        shared = caches.Findings.TryShare(plan, noTreatments, reads, ref finding);
        return finding;
    }

    private static Finding Compute(TherapyPlan plan, TumourProfile profile, ConditionMemo memo)
    {
        var rules = plan.Rules;
        var outcomes = new RuleOutcome[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            outcomes[i] = RuleEvaluator.Evaluate(rules[i], profile, memo);
        }

        return FindingAssembler.Assemble(plan.TherapyId, outcomes, profile);
    }
}
