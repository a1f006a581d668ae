using BenchmarkDotNet.Attributes;

namespace OncoExplain.Benchmarks;

/// <summary>Looking up one explanation text in a culture whose resources are already loaded. Target: nothing allocated per call.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class TextLookupBenchmarks
{
    private readonly TextCatalog english = new("en", overrides: null);
    private readonly TextCatalog canadianFrench = new("fr-CA", overrides: null);
    private readonly TextCatalog explainerEnglish = TextCatalog.Snapshot("en", new TextOverrides(), strict: false);

    [GlobalSetup]
    public void Setup()
    {
        _ = english.Raw("Disclaimer");
        _ = canadianFrench.Raw("Disclaimer");
    }

    [Benchmark]
    public string English() => english.Raw("Disclaimer");

    /// <summary>Walks the chain fr-CA → fr → en until a set has the key.</summary>
    [Benchmark]
    public string CanadianFrench() => canadianFrench.Raw("Disclaimer");

    /// <summary>The catalog an explainer keeps per culture: every text resolved once, one frozen-dictionary read per lookup.</summary>
    [Benchmark]
    public string EnglishExplainerCatalog() => explainerEnglish.Raw("Disclaimer");

    /// <summary>A text without placeholders comes back as stored.</summary>
    [Benchmark]
    public string EnglishIndexer() => english["Title.Colorectal"];
}
