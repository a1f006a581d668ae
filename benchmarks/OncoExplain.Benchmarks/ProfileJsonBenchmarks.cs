using System.Text;
using BenchmarkDotNet.Attributes;
using OncoExplain;

namespace OncoExplain.Benchmarks;

/// <summary>Reading (parse and validate) and writing a typical profile of about 1 KB.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class ProfileJsonBenchmarks
{
    private static readonly string Json = """
        {
          "id": "benchmark-colorectal",
          "cancer": "colorectal",
          "stage": "IV",
          "metastaticSites": ["liver", "lung", "peritoneum"],
          "primarySite": "sigmoid-colon",
          "ecog": 1,
          "age": 64,
          "liverMetastasesResectable": false,
          "biomarkers": {
            "variants": [
              { "gene": "KRAS", "change": "p.G12D" },
              { "gene": "TP53", "change": "p.R273H", "significance": "pathogenic" },
              { "gene": "APC", "change": "p.R1450*" },
              { "gene": "BRCA2", "change": "p.S1982Rfs*22", "origin": "germline", "significance": "pathogenic" }
            ],
            "negativeGenes": ["NRAS", "BRAF", "ERBB2", "NTRK1", "NTRK2", "NTRK3", "RET"],
            "msi": "stable",
            "mmr": "proficient",
            "tmb": 4.2,
            "her2": "ihc1+",
            "fusions": ["ETV6::NTRK3"]
          },
          "treatments": [
            { "regimen": "folfox+bevacizumab", "line": 1, "weeks": 32, "outcome": "progression" },
            { "regimen": "folfiri+bevacizumab", "line": 2, "weeks": 20, "outcome": "progression" },
            { "regimen": "trifluridine-tipiracil+bevacizumab", "line": 3, "outcome": "ongoing" }
          ]
        }
        """;

    private static readonly byte[] Utf8 = Encoding.UTF8.GetBytes(Json);

    private static readonly TumourProfile Profile = ProfileJson.Read(Json).Profile!;

    [Benchmark]
    public TumourProfile? ReadUtf8() => ProfileJson.Read(Utf8).Profile;

    [Benchmark]
    public TumourProfile? ReadString() => ProfileJson.Read(Json).Profile;

    [Benchmark]
    public string Write() => ProfileJson.Write(Profile);
}
