using System.Globalization;
using System.Text.Json;

namespace OncoExplain.Benchmarks;

/// <summary>
/// A seeded cohort of distinct, valid profiles, each drawn independently (cancer, site, variants, tested-negative genes,
/// MSI/MMR, TMB, HER2, fusions, treatment lines, age, ECOG), so benchmarks over it measure the engine's shared tables at
/// the hit rate a varied population gives, not at the hit rate of one profile repeated.
/// </summary>
internal static class SyntheticCohort
{
    private static readonly (string Gene, string Change, bool Germline)[] VariantPool =
    [
        ("KRAS", "p.G12D", false), ("KRAS", "p.G12V", false), ("KRAS", "p.G12R", false), ("KRAS", "p.G12C", false),
        ("KRAS", "p.G13D", false), ("KRAS", "p.Q61H", false), ("NRAS", "p.Q61K", false), ("BRAF", "p.V600E", false),
        ("BRAF", "p.D594G", false), ("BRCA1", "p.E1836fs", true), ("BRCA2", "p.S1982Rfs*22", true), ("PALB2", "p.Q775*", true),
        ("ATM", "p.R3008C", false), ("TP53", "p.R175H", false), ("TP53", "p.R273H", false), ("SMAD4", "p.R361H", false),
        ("APC", "p.R1450*", false), ("PIK3CA", "p.H1047R", false), ("POLE", "p.P286R", false), ("ERBB2", "p.S310F", false),
    ];

    private static readonly string[] TestableGenes = ["KRAS", "NRAS", "BRAF", "BRCA1", "BRCA2", "PALB2", "ATM", "ERBB2", "NTRK1", "NTRK2", "NTRK3", "RET"];

    private static readonly string[] ColorectalSites = ["caecum", "ascending-colon", "transverse-colon", "descending-colon", "sigmoid-colon", "rectum"];

    private static readonly string[] PancreaticSites = ["head", "body", "tail"];

    private static readonly string[] MetastaticSites = ["liver", "lung", "peritoneum", "bone", "distant-lymph-nodes"];

    private static readonly string[] ColorectalRegimens = ["folfox", "folfiri", "capox", "folfox+bevacizumab", "folfiri+bevacizumab", "folfiri+cetuximab", "trifluridine-tipiracil+bevacizumab", "regorafenib"];

    private static readonly string[] PancreaticRegimens = ["folfirinox", "nalirifox", "gemcitabine-nab-paclitaxel", "nal-iri-fluorouracil", "gemcitabine"];

    private static readonly string[] Outcomes = ["response", "stable", "progression", "ongoing", "stopped"];

    private static readonly string[] Fusions = ["ETV6::NTRK3", "TPM3::NTRK1", "CD74::NRG1", "CCDC6::RET"];

    private static readonly string[] Her2 = ["ihc0", "ihc1+", "ihc2+/ish-", "ihc3+", "amplified"];

    /// <summary>The cohort as compact profile JSON, one document per profile, the same for the same seed.</summary>
    /// <param name="count">How many profiles.</param>
    /// <param name="seed">The random seed.</param>
    public static string[] Json(int count, int seed = 20261206)
    {
        var random = new Random(seed);
        var profiles = new string[count];
        for (var i = 0; i < count; i++)
        {
            profiles[i] = OneProfile(random, i);
        }

        return profiles;
    }

    /// <summary>The cohort, read.</summary>
    /// <param name="count">How many profiles.</param>
    public static TumourProfile[] Profiles(int count) =>
        [.. Json(count).Select(Read)];

    private static TumourProfile Read(string json)
    {
        var read = ProfileJson.Read(json);
        return read.Profile ?? throw new InvalidOperationException($"The synthetic cohort wrote an invalid profile ({string.Join("; ", read.Errors)}): {json}");
    }

    private static string OneProfile(Random random, int index)
    {
        var colorectal = random.Next(2) == 0;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", "cohort-" + index.ToString(CultureInfo.InvariantCulture));
            json.WriteString("cancer", colorectal ? "colorectal" : "pancreatic");
            json.WriteString("stage", "IV");
            json.WriteString("primarySite", Pick(random, colorectal ? ColorectalSites : PancreaticSites));
            var sites = WriteSome(json, "metastaticSites", random, MetastaticSites, 1, 3);
            json.WriteNumber("ecog", random.Next(0, 4));
            json.WriteNumber("age", random.Next(30, 86));
            if (colorectal && sites.Contains("liver") && random.Next(2) == 0)
            {
                json.WriteBoolean("liverMetastasesResectable", random.Next(2) == 0);
            }

            WriteBiomarkers(json, random);
            WriteTreatments(json, random, colorectal ? ColorectalRegimens : PancreaticRegimens);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteBiomarkers(Utf8JsonWriter json, Random random)
    {
        json.WriteStartObject("biomarkers");
        var variants = VariantPool.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).DistinctBy(v => v.Gene).ToArray();
        json.WriteStartArray("variants");
        foreach (var (gene, change, germline) in variants)
        {
            json.WriteStartObject();
            json.WriteString("gene", gene);
            json.WriteString("change", change);
            if (germline && random.Next(2) == 0)
            {
                json.WriteString("origin", "germline");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        var fusion = random.Next(8) == 0 ? Pick(random, Fusions) : null;
        var untested = TestableGenes.Where(g => variants.All(v => v.Gene != g) && fusion?.Contains(g, StringComparison.Ordinal) != true).ToArray();
        WriteSome(json, "negativeGenes", random, untested, 0, untested.Length);
        MaybeString(json, random, "msi", ["stable", "high", "low"]);
        MaybeString(json, random, "mmr", ["proficient", "deficient"]);
        if (random.Next(2) == 0)
        {
            json.WriteNumber("tmb", Math.Round(random.NextDouble() * 30, 1));
        }

        MaybeString(json, random, "her2", Her2);
        if (fusion is not null)
        {
            json.WriteStartArray("fusions");
            json.WriteStringValue(fusion);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteTreatments(Utf8JsonWriter json, Random random, string[] regimens)
    {
        json.WriteStartArray("treatments");
        var lines = random.Next(0, 4);
        for (var line = 1; line <= lines; line++)
        {
            json.WriteStartObject();
            json.WriteString("regimen", Pick(random, regimens));
            json.WriteNumber("line", line);
            json.WriteNumber("weeks", random.Next(4, 40));
            json.WriteString("outcome", line < lines ? "progression" : Pick(random, Outcomes));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void MaybeString(Utf8JsonWriter json, Random random, string name, string[] values)
    {
        if (random.Next(3) != 0)
        {
            json.WriteString(name, Pick(random, values));
        }
    }

    private static string[] WriteSome(Utf8JsonWriter json, string name, Random random, string[] values, int min, int max)
    {
        var some = values.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).ToArray();
        json.WriteStartArray(name);
        foreach (var value in some)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
        return some;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
