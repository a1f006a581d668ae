using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Cohorts;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("oncoexplain-import-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Profiles_go_to_stdout_and_issue_counts_to_stderr()
    {
        var clinical = Write("clinical.tsv", CohortFixtures.Clinical);
        var mutations = Write("mutations.maf", CohortFixtures.Mutations);
        var issues = Path.Combine(directory, "issues.tsv");

        var result = CliRunner.Run("import", "--clinical", clinical, "--mutations", mutations, "--panel", "KRAS,NRAS,BRAF", "--issues", issues);
        var profiles = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(4, profiles.Length);
        Assert.All(profiles, p => Assert.True(ProfileJson.Read(p).IsValid));
        Assert.Contains("\"negativeGenes\":[\"BRAF\",\"KRAS\",\"NRAS\"]", profiles[0], StringComparison.Ordinal);
        Assert.Contains("imported 4 profiles from 5 clinical rows", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 invalid-protein-change", result.Error, StringComparison.Ordinal);
        Assert.Contains("mutations.maf:4: invalid-protein-change", result.Error, StringComparison.Ordinal);
        Assert.Equal(1 + 7, File.ReadAllLines(issues).Length);
    }

    [Fact]
    public void The_cancer_option_imports_a_table_without_a_cancer_column()
    {
        var clinical = Write("patients.tsv", "patient_id\tprimary_tumor_location\tmsi_score\nP-1\tRight\t12\n");
        var mutations = Write("snv.tsv", "Hugo_Symbol\tpatient_id\tHGVSp_Short\nKRAS\tP-1-T01-IM3\tp.G12C\n");

        var result = CliRunner.Run("import", "--clinical", clinical, "--mutations", mutations, "--cancer", "COADREAD", "--stage", "IV");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """{"id":"P-1","cancer":"colorectal","stage":"IV","primarySite":"right-colon","biomarkers":{"variants":[{"gene":"KRAS","change":"p.G12C"}],"msi":"high"}}""",
            result.Out.Trim());
    }

    [Fact]
    public void Bad_options_are_usage_errors()
    {
        var clinical = Write("c.tsv", CohortFixtures.Clinical);
        Assert.Equal(2, CliRunner.Run("import", "--clinical", clinical, "--mutations", clinical, "--cancer", "lung").ExitCode);
        Assert.Equal(2, CliRunner.Run("import", "--clinical", clinical, "--mutations", clinical, "--panel", "KRAS", "--panel-file", clinical).ExitCode);
        Assert.Equal(2, CliRunner.Run("import", "--clinical", clinical).ExitCode);
    }
}
