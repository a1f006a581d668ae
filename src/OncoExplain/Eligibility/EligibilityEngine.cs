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

    /// <summary>Creates an engine over a knowledge base.</summary>
    /// <param name="knowledge">The knowledge to apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="knowledge"/> is <see langword="null"/>.</exception>
    public EligibilityEngine(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
    }

    /// <summary>An engine over <see cref="KnowledgeBase.Current"/>.</summary>
    public static EligibilityEngine Default { get; } = new(KnowledgeBase.Current);

    /// <inheritdoc />
    public EligibilityResult Evaluate(TumourProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var findings = knowledge.TherapiesFor(profile.Cancer)
            .Select(therapy => Eligibility.FindingAssembler.Assemble(
                therapy.Id,
                [.. knowledge.RulesFor(therapy.Id, profile.Cancer).Select(rule => Eligibility.RuleEvaluator.Evaluate(rule, profile, knowledge))],
                profile))
            .ToList();
        System.Collections.Immutable.ImmutableArray<Finding> all = [.. findings];
        return new EligibilityResult(all, Eligibility.NextStepPlanner.Plan(profile, all), knowledge.Version);
    }
}
