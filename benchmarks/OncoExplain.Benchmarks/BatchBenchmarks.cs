using System.Text;
using BenchmarkDotNet.Attributes;
using OncoExplain.Cohorts;

namespace OncoExplain.Benchmarks;

/// <summary>JSONL profiles in, findings JSONL out, over an in-memory batch of 1,000 varied colorectal and pancreatic profiles (one in 50 invalid).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class BatchBenchmarks
{
    private const int Profiles = 1000;

    private static readonly string[] Templates =
    [
        """{"id":"c{0}","cancer":"colorectal","primarySite":"sigmoid-colon","biomarkers":{"negativeGenes":["KRAS","NRAS","BRAF"],"msi":"stable","tmb":4.1}}""",
        """{"id":"c{0}","cancer":"colorectal","primarySite":"caecum","biomarkers":{"variants":[{"gene":"KRAS","change":"p.G12C"},{"gene":"TP53","change":"p.R273H"}],"negativeGenes":["NRAS","BRAF"]}}""",
        """{"id":"c{0}","cancer":"colorectal","primarySite":"rectum","biomarkers":{"variants":[{"gene":"BRAF","change":"p.V600E"}],"msi":"high"},"treatments":[{"regimen":"folfox","line":1,"outcome":"progression"}]}""",
        """{"id":"p{0}","cancer":"pancreatic","ecog":1,"biomarkers":{"variants":[{"gene":"KRAS","change":"p.G12D"},{"gene":"BRCA2","change":"p.S1982Rfs*22","origin":"germline"}]}}""",
        """{"id":"p{0}","cancer":"pancreatic","biomarkers":{"negativeGenes":["KRAS"],"fusions":["ETV6::NTRK3"]}}""",
    ];

    private string jsonl = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Profiles; i++)
        {
            text.Append(i % 50 == 49 ? """{"cancer":"colorectal","biomarkers":{"msi":"maybe"}}""" : Templates[i % Templates.Length].Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            text.Append('\n');
        }

        jsonl = text.ToString();
    }

    /// <summary>The whole batch; divide by 1,000 for the time per profile.</summary>
    [Benchmark(OperationsPerInvoke = Profiles)]
    public int JsonlToFindingsJsonl()
    {
        using var output = new StringWriter();
        return BatchRunner.Run(new StringReader(jsonl), output).Profiles;
    }
}
