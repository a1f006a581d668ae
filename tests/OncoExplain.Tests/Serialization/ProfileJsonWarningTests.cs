namespace OncoExplain.Tests.Serialization;

/// <summary>Suspicious but possible combinations: the profile is still read, with one warning at the right path.</summary>
public sealed class ProfileJsonWarningTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, json, code, path
        { "MSI-high with MMR proficient", """{"cancer": "colorectal", "biomarkers": {"msi": "high", "mmr": "proficient"}}""", "msi-mmr-discordant", "$.biomarkers.msi" },
        { "MSS with MMR deficient", """{"cancer": "colorectal", "biomarkers": {"msi": "stable", "mmr": "deficient"}}""", "msi-mmr-discordant", "$.biomarkers.msi" },
        { "MSI-low with MMR deficient", """{"cancer": "pancreatic", "biomarkers": {"msi": "low", "mmr": "dMMR"}}""", "msi-mmr-discordant", "$.biomarkers.msi" },
        { "stage III", """{"cancer": "colorectal", "stage": "III"}""", "not-stage-iv", "$.stage" },
        { "stage IIA", """{"cancer": "pancreatic", "stage": "IIA"}""", "not-stage-iv", "$.stage" },
        { "age 17", """{"cancer": "colorectal", "age": 17}""", "age-under-18", "$.age" },
        { "fusion without a known driver", """{"cancer": "colorectal", "biomarkers": {"fusions": ["ETV6::NTRK3", "FOO1::BAR2"]}}""", "fusion-not-interpreted", "$.biomarkers.fusions[1]" },
        { "fusion of a gene listed negative", """{"cancer": "pancreatic", "biomarkers": {"negativeGenes": ["NRG1"], "fusions": ["CD74::NRG1"]}}""", "fusion-gene-listed-negative", "$.biomarkers.fusions[0]" },
        { "reported VUS in BRCA2", """{"cancer": "pancreatic", "biomarkers": {"variants": [{"gene": "BRCA2", "change": "p.R3052W", "significance": "uncertain"}]}}""", "uncertain-gating-variant", "$.biomarkers.variants[0]" },
        { "non-hotspot KRAS change", """{"cancer": "colorectal", "biomarkers": {"variants": [{"gene": "KRAS", "change": "p.A18D"}]}}""", "uncertain-gating-variant", "$.biomarkers.variants[0]" },
        { "variant in a gene no rule reads", """{"cancer": "pancreatic", "biomarkers": {"variants": [{"gene": "ATM", "change": "p.R3008C"}]}}""", "gene-not-interpreted", "$.biomarkers.variants[0]" },
        { "unknown gene symbol", """{"cancer": "colorectal", "biomarkers": {"variants": [{"gene": "ZNF999", "change": "p.R10W", "significance": "likely-pathogenic"}]}}""", "gene-not-interpreted", "$.biomarkers.variants[0]" },
        { "site listed twice", """{"cancer": "colorectal", "metastaticSites": ["liver", "lung", "Liver"]}""", "repeated-value", "$.metastaticSites[2]" },
        { "negative gene listed twice", """{"cancer": "colorectal", "biomarkers": {"negativeGenes": ["NRAS", "nras"]}}""", "repeated-value", "$.biomarkers.negativeGenes[1]" },
        { "fusion listed twice", """{"cancer": "colorectal", "biomarkers": {"fusions": ["ETV6::NTRK3", "etv6::ntrk3"]}}""", "repeated-value", "$.biomarkers.fusions[1]" },
    };

    public static TheoryData<string, string> Quiet => new()
    {
        { "MSI-high and MMR deficient agree", """{"cancer": "colorectal", "biomarkers": {"msi": "high", "mmr": "deficient"}}""" },
        { "stage IVB is stage IV", """{"cancer": "pancreatic", "stage": "IVB"}""" },
        { "age 18", """{"cancer": "colorectal", "age": 18}""" },
        { "benign variant in a gating gene", """{"cancer": "colorectal", "biomarkers": {"variants": [{"gene": "BRAF", "change": "p.D594G", "significance": "benign"}]}}""" },
        { "VUS in a gene listed negative", """{"cancer": "colorectal", "biomarkers": {"negativeGenes": ["BRCA1"], "variants": [{"gene": "BRCA1", "change": "p.R1699W", "significance": "likely-benign"}]}}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Warns_at_the_path_and_still_reads_the_profile(string name, string json, string code, string path)
    {
        var result = ProfileJson.Read(json);

        Assert.True(result.IsValid, name + ": " + string.Join("; ", result.Errors));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((code, path), (warning.Code, warning.Path));
        Assert.NotNull(warning.Line);
        Assert.False(string.IsNullOrWhiteSpace(warning.Message));
    }

    [Theory]
    [MemberData(nameof(Quiet))]
    public void Plausible_combinations_give_no_warning(string name, string json)
    {
        var result = ProfileJson.Read(json);

        Assert.True(result.IsValid, name + ": " + string.Join("; ", result.Errors));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Repeated_values_are_kept_once()
    {
        var profile = ProfileJson.Read("""{"cancer": "colorectal", "metastaticSites": ["lung", "liver", "lung"], "biomarkers": {"fusions": ["CCDC6::RET", "CCDC6::RET"]}}""").Profile!;

        Assert.Equal([MetastaticSite.Liver, MetastaticSite.Lung], profile.MetastaticSites);
        Assert.Single(profile.Biomarkers.Fusions);
    }
}
