using BenchmarkDotNet.Attributes;

namespace OncoExplain.Benchmarks;

/// <summary>
/// A full explanation document (eligibility, every section, findings, glossary; readability is measured when first read).
/// Target: caregiver, English ≤ 25 µs.
/// </summary>
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

    /// <summary>The document and its readability report (measured on first read, as the JSON rendering does).</summary>
    [Benchmark]
    public ExplanationReadability CaregiverColorectalWithReadability() => explainer.Explain(SampleProfiles.Colorectal, Caregiver).Readability;

    [Benchmark]
    public Explanation ClinicianColorectal() => explainer.Explain(SampleProfiles.Colorectal, Clinician);
}
