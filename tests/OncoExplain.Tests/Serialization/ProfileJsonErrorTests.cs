namespace OncoExplain.Tests.Serialization;

/// <summary>One row per error code and situation: the input, the code, the path and where the reader points.</summary>
public sealed class ProfileJsonErrorTests
{
    private const string P = "\"cancer\":\"pancreatic\"";
    private const string C = "\"cancer\":\"colorectal\"";

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // name, json, code, path, and the text the reported position must point at (its first occurrence; the start for empty input)
        { "trailing comma", "{" + P + ",}", "syntax", "$", "}" },
        { "comment", "{" + P + "/*x*/}", "syntax", "$", "/*" },
        { "second top-level value", "{" + P + "} {}", "syntax", "$", "{}" },
        { "unknown top-level property", "{" + P + ",\"sex\":\"f\"}", "unknown-property", "$.sex", "\"sex\"" },
        { "unknown property differing in case", "{" + P + ",\"Ecog\":1}", "unknown-property", "$.Ecog", "\"Ecog\"" },
        { "unknown biomarker", "{" + C + ",\"biomarkers\":{\"kras\":\"G12D\"}}", "unknown-property", "$.biomarkers.kras", "\"kras\"" },
        { "unknown variant property", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12D\",\"vaf\":0.3}]}}", "unknown-property", "$.biomarkers.variants[0].vaf", "\"vaf\"" },
        { "property name needing brackets", "{" + P + ",\"a b\":1}", "unknown-property", "$['a b']", "\"a b\"" },
        { "duplicate property", "{" + P + "," + C + "}", "duplicate-property", "$.cancer", "\"cancer\":\"colorectal\"" },
        { "duplicate treatment property", "{" + P + ",\"treatments\":[{\"regimen\":\"folfox\",\"regimen\":\"folfiri\"}]}", "duplicate-property", "$.treatments[0].regimen", "\"regimen\":\"folfiri\"" },
        { "root is an array", "[]", "wrong-type", "$", "[]" },
        { "number as string", "{" + P + ",\"ecog\":\"1\"}", "wrong-type", "$.ecog", "\"1\"" },
        { "fraction for a whole number", "{" + P + ",\"age\":64.5}", "wrong-type", "$.age", "64.5" },
        { "boolean as string", "{" + P + ",\"liverMetastasesResectable\":\"true\"}", "wrong-type", "$.liverMetastasesResectable", "\"true\"" },
        { "string instead of array", "{" + P + ",\"metastaticSites\":\"liver\"}", "wrong-type", "$.metastaticSites", "\"liver\"" },
        { "null array item", "{" + P + ",\"metastaticSites\":[null]}", "wrong-type", "$.metastaticSites[0]", "null" },
        { "array instead of object", "{" + P + ",\"biomarkers\":[]}", "wrong-type", "$.biomarkers", "[]" },
        { "string instead of variant", "{" + P + ",\"biomarkers\":{\"variants\":[\"KRAS G12D\"]}}", "wrong-type", "$.biomarkers.variants[0]", "\"KRAS G12D\"" },
        { "tmb as string", "{" + P + ",\"biomarkers\":{\"tmb\":\"12\"}}", "wrong-type", "$.biomarkers.tmb", "\"12\"" },
        { "cancer as number", "{\"cancer\":1}", "wrong-type", "$.cancer", "1" },
        { "missing cancer", "{}", "required", "$.cancer", "{" },
        { "null cancer", "{\"cancer\":null}", "required", "$.cancer", "{" },
        { "missing change", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\"}]}}", "required", "$.biomarkers.variants[0].change", "{\"gene\"" },
        { "missing gene", "{" + C + ",\"biomarkers\":{\"variants\":[{\"change\":\"p.G12D\"}]}}", "required", "$.biomarkers.variants[0].gene", "{\"change\"" },
        { "missing regimen", "{" + P + ",\"treatments\":[{\"line\":1}]}", "required", "$.treatments[0].regimen", "{\"line\"" },
        { "ECOG 5", "{" + P + ",\"ecog\":5}", "out-of-range", "$.ecog", "5" },
        { "age 121", "{" + P + ",\"age\":121}", "out-of-range", "$.age", "121" },
        { "negative age", "{" + P + ",\"age\":-1}", "out-of-range", "$.age", "-1" },
        { "huge number", "{" + P + ",\"age\":1e400}", "out-of-range", "$.age", "1e400" },
        { "tmb 1001", "{" + P + ",\"biomarkers\":{\"tmb\":1001}}", "out-of-range", "$.biomarkers.tmb", "1001" },
        { "negative tmb", "{" + P + ",\"biomarkers\":{\"tmb\":-0.5}}", "out-of-range", "$.biomarkers.tmb", "-0.5" },
        { "line 0", "{" + P + ",\"treatments\":[{\"regimen\":\"folfox\",\"line\":0}]}", "out-of-range", "$.treatments[0].line", "0}" },
        { "line 16", "{" + P + ",\"treatments\":[{\"regimen\":\"folfox\",\"line\":16}]}", "out-of-range", "$.treatments[0].line", "16" },
        { "weeks 521", "{" + P + ",\"treatments\":[{\"regimen\":\"folfox\",\"weeks\":521}]}", "out-of-range", "$.treatments[0].weeks", "521" },
        { "id too long", "{" + P + ",\"id\":\"" + new string('x', 201) + "\"}", "out-of-range", "$.id", "\"xx" },
        { "unknown cancer", "{\"cancer\":\"lung\"}", "unknown-value", "$.cancer", "\"lung\"" },
        { "unknown stage", "{" + P + ",\"stage\":\"V\"}", "unknown-value", "$.stage", "\"V\"" },
        { "unknown metastatic site", "{" + P + ",\"metastaticSites\":[\"liver\",\"skin\"]}", "unknown-value", "$.metastaticSites[1]", "\"skin\"" },
        { "unknown primary site", "{" + C + ",\"primarySite\":\"colon\"}", "unknown-value", "$.primarySite", "\"colon\"" },
        { "unknown msi", "{" + C + ",\"biomarkers\":{\"msi\":\"unstable\"}}", "unknown-value", "$.biomarkers.msi", "\"unstable\"" },
        { "unknown mmr", "{" + C + ",\"biomarkers\":{\"mmr\":\"intact\"}}", "unknown-value", "$.biomarkers.mmr", "\"intact\"" },
        { "unknown her2", "{" + C + ",\"biomarkers\":{\"her2\":\"positive\"}}", "unknown-value", "$.biomarkers.her2", "\"positive\"" },
        { "unknown origin", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12D\",\"origin\":\"inherited\"}]}}", "unknown-value", "$.biomarkers.variants[0].origin", "\"inherited\"" },
        { "unknown significance", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"ATM\",\"change\":\"p.R3008C\",\"significance\":\"vus\"}]}}", "unknown-value", "$.biomarkers.variants[0].significance", "\"vus\"" },
        { "unknown outcome", "{" + P + ",\"treatments\":[{\"regimen\":\"folfox\",\"outcome\":\"cured\"}]}", "unknown-value", "$.treatments[0].outcome", "\"cured\"" },
        { "gene starting with a digit", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"12KRAS\",\"change\":\"p.G12D\"}]}}", "invalid-gene", "$.biomarkers.variants[0].gene", "\"12KRAS\"" },
        { "negative gene with a space", "{" + C + ",\"biomarkers\":{\"negativeGenes\":[\"K RAS\"]}}", "invalid-gene", "$.biomarkers.negativeGenes[0]", "\"K RAS\"" },
        { "change without p.", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"G12D\"}]}}", "invalid-hgvs", "$.biomarkers.variants[0].change", "\"G12D\"" },
        { "fusion missing a partner", "{" + C + ",\"biomarkers\":{\"fusions\":[\"ETV6::\"]}}", "invalid-fusion", "$.biomarkers.fusions[0]", "\"ETV6::\"" },
        { "fusion of a gene with itself", "{" + C + ",\"biomarkers\":{\"fusions\":[\"NRG1::NRG1\"]}}", "invalid-fusion", "$.biomarkers.fusions[0]", "\"NRG1::NRG1\"" },
        { "unknown drug in a regimen", "{" + C + ",\"treatments\":[{\"regimen\":\"folfox+beva\"}]}", "unknown-regimen", "$.treatments[0].regimen", "\"folfox+beva\"" },
        { "pathogenic variant in a negative gene", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12D\"}],\"negativeGenes\":[\"NRAS\",\"kras\"]}}", "contradiction", "$.biomarkers.negativeGenes[1]", "\"kras\"" },
        { "pancreatic site for colorectal", "{" + C + ",\"primarySite\":\"head\"}", "contradiction", "$.primarySite", "\"head\"" },
        { "colorectal site for pancreatic", "{" + P + ",\"primarySite\":\"cecum\"}", "contradiction", "$.primarySite", "\"cecum\"" },
        { "resectable without liver", "{" + C + ",\"metastaticSites\":[\"lung\"],\"liverMetastasesResectable\":false}", "contradiction", "$.liverMetastasesResectable", "false" },
        { "same variant twice", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12D\"},{\"gene\":\"kras\",\"change\":\"p.Gly12Asp\"}]}}", "duplicate", "$.biomarkers.variants[1]", "{\"gene\":\"kras\"" },
        { "germline and somatic", "{" + P + ",\"biomarkers\":{\"variants\":[{\"gene\":\"BRCA2\",\"change\":\"p.K3326*\",\"origin\":\"germline\"},{\"gene\":\"BRCA2\",\"change\":\"p.K3326*\"}]}}", "duplicate", "$.biomarkers.variants[1]", "{\"gene\":\"BRCA2\",\"change\":\"p.K3326*\"}" },
        { "unpaired surrogate escape", "{" + P + ",\"id\":\"\\ud800\"}", "encoding", "$.id", "\"\\ud800" },
        { "empty", "", "empty", "$", "" },
        { "white space only", " \n\t", "empty", "$", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_code_path_and_position(string name, string json, string code, string path, string at)
    {
        var column = json.IndexOf(at, StringComparison.Ordinal) + 1;

        var result = ProfileJson.Read(json);

        Assert.False(result.IsValid, name);
        Assert.Null(result.Profile);
        var error = Assert.Single(result.Errors);
        Assert.True(column > 0, $"'{at}' is not in the input of '{name}'");
        Assert.Equal((code, path, 1, column), (error.Code, error.Path, error.Line ?? 0, error.Column ?? 0));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Syntax_error_in_a_nested_object_has_its_path_and_line()
    {
        var error = Assert.Single(ProfileJson.Read("{\"cancer\": \"pancreatic\",\n  \"biomarkers\": {\"msi\": \"high\" \"mmr\": \"deficient\"}}").Errors);

        Assert.Equal((ProfileIssueCodes.Syntax, "$.biomarkers", 2, 32), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Duplicate_with_different_significance_says_so()
    {
        var result = ProfileJson.Read("""
            {"cancer": "colorectal", "biomarkers": {"variants": [
              {"gene": "ATM", "change": "p.R3008C", "significance": "uncertain"},
              {"gene": "ATM", "change": "p.R3008C", "significance": "pathogenic"}]}}
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ProfileIssueCodes.Duplicate, error.Code);
        Assert.Contains("different significance", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.biomarkers.variants[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_value_lists_the_accepted_values_and_aliases()
    {
        var error = Assert.Single(ProfileJson.Read("""{"cancer": "lung"}""").Errors);

        Assert.Equal("'lung' is not a cancer; accepted: pancreatic, colorectal (also PAAD, COADREAD, COAD, READ; case is ignored).", error.Message);
    }

    [Fact]
    public void Invalid_hgvs_uses_the_parser_message()
    {
        Assert.False(ProteinChange.TryParse("p.Gly12", out _, out var parserMessage));
        var error = Assert.Single(ProfileJson.Read("""{"cancer": "colorectal", "biomarkers": {"variants": [{"gene": "KRAS", "change": "p.Gly12"}]}}""").Errors);

        Assert.Equal(parserMessage, error.Message);
    }

    [Fact]
    public void Columns_count_utf16_code_units_after_non_ascii_text()
    {
        var error = Assert.Single(ProfileJson.Read("{\"id\":\"é😀\",\"ecog\":9,\"cancer\":\"pancreatic\"}").Errors);

        Assert.Equal((1, 20), (error.Line, error.Column));
    }

    [Fact]
    public void Lines_are_counted_across_crlf_line_ends()
    {
        var error = Assert.Single(ProfileJson.Read("{\r\n  \"cancer\": \"pancreatic\",\r\n  \"ecog\": 7\r\n}").Errors);

        Assert.Equal(("$.ecog", 3, 11), (error.Path, error.Line, error.Column));
    }
}
