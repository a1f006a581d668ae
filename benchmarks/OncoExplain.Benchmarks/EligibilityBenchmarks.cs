using BenchmarkDotNet.Attributes;

namespace OncoExplain.Benchmarks;

/// <summary>The eligibility engine on a typical profile: every therapy of the cancer, every rule. Target: ≤ 2 µs, ≤ 1 KB allocated.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class EligibilityBenchmarks
{
    private readonly EligibilityEngine engine = EligibilityEngine.Default;

    [Benchmark]
    public EligibilityResult Colorectal() => engine.Evaluate(SampleProfiles.Colorectal);

    [Benchmark]
    public EligibilityResult Pancreatic() => engine.Evaluate(SampleProfiles.Pancreatic);
}
