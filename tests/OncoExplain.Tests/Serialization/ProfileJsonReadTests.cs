namespace OncoExplain.Tests.Serialization;

/// <summary>What a valid profile reads into, the aliases accepted, and errors collected together.</summary>
public sealed class ProfileJsonReadTests
{
    [Fact]
    public void Reads_every_field_of_the_design_example()
    {
        var result = ProfileJson.Read("""
            {
              "id": "caller <label>",
              "cancer": "colorectal",
              "stage": "IV",
              "metastaticSites": ["liver", "peritoneum"],
              "primarySite": "left-colon",
              "ecog": 1,
              "age": 64,
              "liverMetastasesResectable": true,
              "biomarkers": {
                "variants": [
                  { "gene": "KRAS", "change": "p.G12D" },
                  { "gene": "BRCA2", "change": "p.S1982Rfs*22", "origin": "germline", "significance": "pathogenic" }
                ],
                "negativeGenes": ["NRAS", "BRAF"],
                "msi": "stable",
                "mmr": "proficient",
                "tmb": 12.5,
                "her2": "ihc2+/ish-",
                "fusions": ["ETV6::NTRK3"]
              },
              "treatments": [
                { "regimen": "folfox+bevacizumab", "line": 1, "weeks": 18, "outcome": "progression" }
              ]
            }
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Empty(result.Warnings);
        var expected = new TumourProfile(
            CancerType.Colorectal,
            "caller <label>",
            StageGroup.IV,
            [MetastaticSite.Liver, MetastaticSite.Peritoneum],
            PrimarySite.LeftColon,
            ecog: 1,
            age: 64,
            liverMetastasesResectable: true,
            new Biomarkers(
                [GeneVariant.Of("KRAS", "p.G12D"), GeneVariant.Of("BRCA2", "p.Ser1982ArgfsTer22", VariantOrigin.Germline, ClinicalSignificance.Pathogenic)],
                ["NRAS", "BRAF"],
                MsiStatus.Stable,
                MmrStatus.Proficient,
                12.5,
                Her2Status.Ihc2PlusIshNegative,
                [GeneFusion.Parse("ETV6::NTRK3")]),
            [new TreatmentCourse(Regimen.Parse("folfox+bevacizumab"), 1, 18, TreatmentOutcome.Progression)]);
        Assert.Equal(expected, result.Profile);
    }

    [Fact]
    public void Only_cancer_is_required_and_absent_means_not_tested()
    {
        var profile = ProfileJson.Read("""{"cancer": "pancreatic"}""").Profile!;

        Assert.Equal(CancerType.Pancreatic, profile.Cancer);
        Assert.Null(profile.Stage);
        Assert.Equal(TestResult.NotTested, profile.Biomarkers.Gene("KRAS"));
        Assert.Equal(TestResult.NotTested, profile.Biomarkers.MsiHighOrMmrDeficient);
        Assert.Empty(profile.Treatments);
    }

    [Fact]
    public void Null_optional_values_are_the_same_as_absent_ones()
    {
        var profile = ProfileJson.Read("""{"cancer": "pancreatic", "id": null, "ecog": null, "metastaticSites": null, "biomarkers": {"msi": null, "variants": null}, "treatments": null}""").Profile;

        Assert.Equal(new TumourProfile(CancerType.Pancreatic), profile);
    }

    [Theory]
    [InlineData("PAAD", CancerType.Pancreatic)]
    [InlineData("paad", CancerType.Pancreatic)]
    [InlineData("Pancreatic", CancerType.Pancreatic)]
    [InlineData("COADREAD", CancerType.Colorectal)]
    [InlineData("COAD", CancerType.Colorectal)]
    [InlineData("READ", CancerType.Colorectal)]
    [InlineData("COLORECTAL", CancerType.Colorectal)]
    public void Accepts_cancer_aliases_in_any_case(string text, CancerType expected) =>
        Assert.Equal(expected, ProfileJson.Read($$"""{"cancer": "{{text}}"}""").Profile?.Cancer);

    [Theory]
    [InlineData("IV", StageGroup.IV)]
    [InlineData("IVA", StageGroup.IV)]
    [InlineData("IVB", StageGroup.IV)]
    [InlineData("ivc", StageGroup.IV)]
    [InlineData("I", StageGroup.I)]
    [InlineData("IIIC", StageGroup.III)]
    public void Folds_sub_stages_into_their_group(string text, StageGroup expected) =>
        Assert.Equal(expected, ProfileJson.Read($$"""{"cancer": "pancreatic", "stage": "{{text}}"}""").Profile?.Stage);

    [Theory]
    [InlineData("colorectal", "right-colon", PrimarySite.RightColon)]
    [InlineData("colorectal", "caecum", PrimarySite.Caecum)]
    [InlineData("colorectal", "cecum", PrimarySite.Caecum)]
    [InlineData("colorectal", "sigmoid-colon", PrimarySite.SigmoidColon)]
    [InlineData("colorectal", "rectosigmoid", PrimarySite.Rectosigmoid)]
    [InlineData("pancreatic", "head", PrimarySite.Head)]
    [InlineData("pancreatic", "Tail", PrimarySite.Tail)]
    public void Reads_primary_sites_by_kebab_case_name(string cancer, string text, PrimarySite expected) =>
        Assert.Equal(expected, ProfileJson.Read($$"""{"cancer": "{{cancer}}", "primarySite": "{{text}}"}""").Profile?.PrimarySite);

    [Theory]
    [InlineData("ihc3+", Her2Status.Ihc3Plus)]
    [InlineData("ihc2+/ish+", Her2Status.Ihc2PlusIshPositive)]
    [InlineData("ihc2+/ish-", Her2Status.Ihc2PlusIshNegative)]
    [InlineData("ihc2+", Her2Status.Ihc2Plus)]
    [InlineData("ihc1+", Her2Status.Ihc1Plus)]
    [InlineData("ihc0", Her2Status.Ihc0)]
    [InlineData("amplified", Her2Status.Amplified)]
    [InlineData("not-amplified", Her2Status.NotAmplified)]
    public void Reads_every_her2_result(string text, Her2Status expected) =>
        Assert.Equal(expected, ProfileJson.Read($$$"""{"cancer": "colorectal", "biomarkers": {"her2": "{{{text}}}"}}""").Profile?.Biomarkers.Her2);

    [Theory]
    [InlineData("MSI-H", MsiStatus.High)]
    [InlineData("MSS", MsiStatus.Stable)]
    [InlineData("msi-l", MsiStatus.Low)]
    public void Accepts_msi_abbreviations(string text, MsiStatus expected) =>
        Assert.Equal(expected, ProfileJson.Read($$$"""{"cancer": "colorectal", "biomarkers": {"msi": "{{{text}}}"}}""").Profile?.Biomarkers.Msi);

    [Fact]
    public void Accepts_a_whole_number_written_with_a_decimal_point()
    {
        Assert.Equal(2, ProfileJson.Read("""{"cancer": "pancreatic", "ecog": 2.0}""").Profile?.Ecog);
    }

    [Fact]
    public void Collects_every_error_in_document_order()
    {
        var result = ProfileJson.Read("""
            {"cancer": "lung", "ecog": 9, "extra": 1,
             "biomarkers": {"variants": [{"gene": "KRAS", "change": "p.X"}], "msi": "maybe"},
             "treatments": [{"regimen": "magic", "weeks": -2}]}
            """);

        Assert.Equal(
            [("unknown-value", "$.cancer"), ("out-of-range", "$.ecog"), ("unknown-property", "$.extra"),
             ("invalid-hgvs", "$.biomarkers.variants[0].change"), ("unknown-value", "$.biomarkers.msi"),
             ("unknown-regimen", "$.treatments[0].regimen"), ("out-of-range", "$.treatments[0].weeks")],
            result.Errors.Select(e => (e.Code, e.Path)));
        Assert.Equal([1, 1, 1, 2, 2, 3, 3], result.Errors.Select(e => e.Line ?? 0));
    }

    [Fact]
    public void A_variant_that_could_not_be_read_takes_no_part_in_contradictions()
    {
        // The misspelt significance is the only problem: the variant is not also reported as contradicting negativeGenes.
        var result = ProfileJson.Read("""{"cancer": "colorectal", "biomarkers": {"variants": [{"gene": "KRAS", "change": "p.G12D", "significance": "benin"}], "negativeGenes": ["KRAS"]}}""");

        Assert.Equal(["unknown-value"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_misspelt_site_does_not_make_resectability_a_contradiction()
    {
        var result = ProfileJson.Read("""{"cancer": "colorectal", "metastaticSites": ["livr"], "liverMetastasesResectable": true}""");

        Assert.Equal([("unknown-value", "$.metastaticSites[0]")], result.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void A_case_mismatch_in_a_property_name_suggests_the_right_name()
    {
        var error = Assert.Single(ProfileJson.Read("""{"cancer": "colorectal", "Ecog": 1}""").Errors);

        Assert.Contains("did you mean 'ecog'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_lists_the_accepted_ones()
    {
        var error = Assert.Single(ProfileJson.Read("""{"cancer": "colorectal", "biomarkers": {"kras": "G12D"}}""").Errors);

        Assert.Equal("'kras' is not a property here; accepted: variants, negativeGenes, msi, mmr, tmb, her2, fusions.", error.Message);
    }

    [Fact]
    public void Issue_text_has_path_message_and_position()
    {
        var error = Assert.Single(ProfileJson.Read("{\"cancer\": \"colorectal\",\n \"biomarkers\": {\"msi\": \"x\"}}").Errors);

        Assert.Equal("$.biomarkers.msi: 'x' is not a MSI result; accepted: high, stable, low (also msi-h, mss, msi-l; case is ignored). (line 2, column 24)", error.ToString());
    }
}
