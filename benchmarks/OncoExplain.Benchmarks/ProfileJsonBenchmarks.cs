using BenchmarkDotNet.Attributes;

namespace OncoExplain.Benchmarks;

/// <summary>Reading (parse and validate) and writing a typical profile of about 1 KB. Target: read ≤ 10 µs.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class ProfileJsonBenchmarks
{
    [Benchmark]
    public TumourProfile? ReadUtf8() => ProfileJson.Read(SampleProfiles.ColorectalUtf8).Profile;

    [Benchmark]
    public TumourProfile? ReadString() => ProfileJson.Read(SampleProfiles.ColorectalJson).Profile;

    [Benchmark]
    public string Write() => ProfileJson.Write(SampleProfiles.Colorectal);
}
