using System.Text;

namespace OncoExplain.Benchmarks;

/// <summary>The profiles every benchmark uses: a typical colorectal profile of about 1 KB and a pancreatic one.</summary>
internal static class SampleProfiles
{
    /// <summary>A typical stage IV colorectal profile, about 1 KB of indented JSON.</summary>
    public const string ColorectalJson = """
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

    /// <summary>A stage IV pancreatic profile with a germline BRCA2 variant after first-line FOLFIRINOX.</summary>
    public const string PancreaticJson = """
        {
          "id": "benchmark-pancreatic",
          "cancer": "pancreatic",
          "stage": "IV",
          "metastaticSites": ["liver", "peritoneum"],
          "primarySite": "body",
          "ecog": 1,
          "age": 52,
          "biomarkers": {
            "variants": [
              { "gene": "BRCA2", "change": "p.S1982Rfs*22", "origin": "germline", "significance": "pathogenic" },
              { "gene": "KRAS", "change": "p.G12V" }
            ],
            "negativeGenes": ["BRCA1", "PALB2", "ATM"],
            "msi": "stable",
            "mmr": "proficient",
            "tmb": 2.1
          },
          "treatments": [
            { "regimen": "folfirinox", "line": 1, "weeks": 18, "outcome": "stable" }
          ]
        }
        """;

    /// <summary>The colorectal profile as UTF-8 bytes, as it arrives from a file or a request body.</summary>
    public static readonly byte[] ColorectalUtf8 = Encoding.UTF8.GetBytes(ColorectalJson);

    /// <summary>The colorectal profile, read once.</summary>
    public static readonly TumourProfile Colorectal = ProfileJson.Read(ColorectalJson).Profile!;

    /// <summary>The pancreatic profile, read once.</summary>
    public static readonly TumourProfile Pancreatic = ProfileJson.Read(PancreaticJson).Profile!;
}
