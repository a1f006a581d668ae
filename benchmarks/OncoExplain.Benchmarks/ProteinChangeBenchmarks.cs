using BenchmarkDotNet.Attributes;
using OncoExplain;

namespace OncoExplain.Benchmarks;

/// <summary>Parsing HGVS protein changes, the first step of reading every variant in a profile.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class ProteinChangeBenchmarks
{
    [Benchmark]
    public ProteinChange ParseShortSubstitution() => ProteinChange.Parse("p.G12D");

    [Benchmark]
    public ProteinChange ParseThreeLetterFrameshift() => ProteinChange.Parse("p.Ser1982ArgfsTer22");

    [Benchmark]
    public string NormalizeToThreeLetter() => ProteinChange.Parse("p.(Cys28delinsTrpVal)").ToString();
}
