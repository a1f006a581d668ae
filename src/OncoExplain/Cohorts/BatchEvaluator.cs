using System.Collections.Immutable;

namespace OncoExplain.Cohorts;

/// <summary>Turns one line or profile into a <see cref="BatchResult"/> with resolved options.</summary>
internal sealed class BatchEvaluator
{
    private readonly BatchOptions options;
    private readonly IEligibilityEngine engine;
    private readonly KnowledgeBase knowledge;
    private readonly Lazy<IExplainer> explainer;

    public BatchEvaluator(BatchOptions options)
    {
        this.options = options;
        engine = options.Engine ?? EligibilityEngine.Default;
        knowledge = options.Knowledge ?? KnowledgeBase.Current;
        explainer = new Lazy<IExplainer>(() => options.Explainer ?? OncoExplainer.Create());
    }

    public BatchResult EvaluateLine(int line, string json)
    {
        var read = ProfileJson.Read(json);
        return read.IsValid
            ? Evaluate(line, read.Profile, [.. read.Warnings])
            : new BatchResult { Line = line, Errors = [.. read.Errors], Warnings = [.. read.Warnings] };
    }

    public BatchResult Evaluate(int line, TumourProfile profile, ImmutableArray<ProfileIssue> warnings)
    {
        var eligibility = engine.Evaluate(profile);
        return new BatchResult
        {
            Line = line,
            Id = profile.Id,
            Cancer = profile.Cancer,
            Findings = [.. eligibility.Findings.Select(f => FindingReasons.Of(f, knowledge))],
            NextSteps = [.. eligibility.NextSteps.Select(s => s.TestId)],
            Markers = CohortMarkers.Of(profile),
            Warnings = warnings,
            Profile = profile,
            Eligibility = eligibility,
            Explanation = options.Explain ? explainer.Value.Explain(profile, new ExplanationOptions { Culture = options.Culture }) : null,
        };
    }
}
