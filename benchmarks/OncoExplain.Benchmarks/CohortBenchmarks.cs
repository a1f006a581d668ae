using BenchmarkDotNet.Attributes;
using OncoExplain.Cohorts;

namespace OncoExplain.Benchmarks;

/// <summary>
/// The paths of the other benchmarks on a varied population instead of one profile repeated, and with the engine's shared
/// tables turned off: what a first-seen profile costs and what the tables give a cohort. Each measures the whole cohort;
/// the figures are per profile (<c>OperationsPerInvoke</c>).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class CohortBenchmarks
{
    /// <summary>More distinct profiles than the default table capacity (4,096), so the tables fill and later profiles are
    /// computed unshared.</summary>
    private const int Size = 10_000;

    private const int ExplainSize = 1_000;

    private static readonly ExplanationOptions Caregiver = new() { Culture = "en", Audience = Audience.Caregiver };

    private readonly EligibilityEngine uncached = new(KnowledgeBase.Current, caches: null);
    private TumourProfile[] cohort = [];
    private string jsonl = string.Empty;
    private IExplainer explainer = null!;
    private Explainer uncachedExplainer = null!;

    [GlobalSetup]
    public void Setup()
    {
        cohort = SyntheticCohort.Profiles(Size);
        jsonl = string.Join('\n', SyntheticCohort.Json(Size)) + "\n";
        explainer = OncoExplainer.Create();
        uncachedExplainer = new Explainer(new OncoExplainOptions(), uncached);
    }

    /// <summary>The typical colorectal profile, every condition and finding computed (no shared tables).</summary>
    [Benchmark]
    public EligibilityResult EligibilityColorectalUncached() => uncached.Evaluate(SampleProfiles.Colorectal);

    /// <summary>10,000 distinct profiles on one engine with its shared tables, per profile.</summary>
    [Benchmark(OperationsPerInvoke = Size)]
    public int EligibilityCohortShared()
    {
        var engine = new EligibilityEngine(KnowledgeBase.Current);
        var findings = 0;
        foreach (var profile in cohort)
        {
            findings += engine.Evaluate(profile).Findings.Length;
        }

        return findings;
    }

    /// <summary>The same 10,000 profiles with no shared tables, per profile.</summary>
    [Benchmark(OperationsPerInvoke = Size)]
    public int EligibilityCohortUncached()
    {
        var findings = 0;
        foreach (var profile in cohort)
        {
            findings += uncached.Evaluate(profile).Findings.Length;
        }

        return findings;
    }

    /// <summary>The typical colorectal caregiver explanation with every finding computed.</summary>
    [Benchmark]
    public Explanation ExplainColorectalUncached() => uncachedExplainer.Explain(SampleProfiles.Colorectal, Caregiver);

    /// <summary>Caregiver explanations of 1,000 distinct profiles, per profile.</summary>
    [Benchmark(OperationsPerInvoke = ExplainSize)]
    public int ExplainCohort()
    {
        var sections = 0;
        for (var i = 0; i < ExplainSize; i++)
        {
            sections += explainer.Explain(cohort[i], Caregiver).Sections.Length;
        }

        return sections;
    }

    /// <summary>JSONL in, findings JSONL out, for the 10,000 distinct profiles, per profile.</summary>
    [Benchmark(OperationsPerInvoke = Size)]
    public int BatchCohort()
    {
        using var output = new StringWriter();
        return BatchRunner.Run(new StringReader(jsonl), output).Profiles;
    }
}
