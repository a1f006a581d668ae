using BenchmarkDotNet.Attributes;

namespace OncoExplain.Benchmarks;

/// <summary>A full explanation document (eligibility, every section, glossary, readability). Target: caregiver, English ≤ 25 µs.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class ExplainBenchmarks
{
    private static readonly ExplanationOptions Caregiver = new() { Culture = "en", Audience = Audience.Caregiver };
    private static readonly ExplanationOptions Clinician = new() { Culture = "en", Audience = Audience.Clinician };

    private readonly IExplainer explainer = OncoExplainer.Create();

    [Benchmark]
    public Explanation CaregiverColorectal() => explainer.Explain(SampleProfiles.Colorectal, Caregiver);

    [Benchmark]
    public Explanation CaregiverPancreatic() => explainer.Explain(SampleProfiles.Pancreatic, Caregiver);

    [Benchmark]
    public Explanation ClinicianColorectal() => explainer.Explain(SampleProfiles.Colorectal, Clinician);
}
