using BenchmarkDotNet.Attributes;

namespace OncoExplain.Benchmarks;

/// <summary>Rendering one caregiver explanation of the colorectal profile. Targets: Markdown ≤ 25 µs, HTML ≤ 40 µs.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class RenderBenchmarks
{
    private Explanation explanation = null!;

    [GlobalSetup]
    public void Setup() =>
        explanation = OncoExplainer.Create().Explain(SampleProfiles.Colorectal, new ExplanationOptions { Culture = "en", Audience = Audience.Caregiver });

    [Benchmark]
    public string Markdown() => ExplanationRenderer.Render(explanation, ExplanationFormat.Markdown);

    [Benchmark]
    public string Html() => ExplanationRenderer.Render(explanation, ExplanationFormat.Html);

    [Benchmark]
    public string Text() => ExplanationRenderer.Render(explanation, ExplanationFormat.Text);

    [Benchmark]
    public string Json() => ExplanationRenderer.Render(explanation, ExplanationFormat.Json);
}
