using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Cohorts;

public class BatchCommandTests
{
    [Fact]
    public void All_valid_lines_exit_0_with_one_json_line_each()
    {
        var result = CliRunner.RunWithInput(CohortFixtures.Jsonl(CohortFixtures.KrasMutant, CohortFixtures.Pancreatic), "batch", "-");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"line\":1,\"id\":\"kras\",\"cancer\":\"colorectal\",\"findings\":{\"anti-egfr\":\"not-a-candidate\"", lines[0], StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void A_bad_line_is_reported_on_stderr_and_in_the_output_and_the_rest_still_run()
    {
        var result = CliRunner.RunWithInput(CohortFixtures.Jsonl(CohortFixtures.BadMsi, "{", CohortFixtures.Pancreatic), "batch", "-");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("{\"line\":1,\"errors\":[{\"code\":", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"line\":2,\"errors\":", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("{\"line\":3,\"id\":\"panc\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("line 1: $.biomarkers.msi:", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 2: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_output_with_explanations_in_the_requested_culture()
    {
        var result = CliRunner.RunWithInput(CohortFixtures.Jsonl(CohortFixtures.Pancreatic), "batch", "-", "--format", "csv", "--explain", "--culture", "es");
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("line,id,cancer,therapy,status,reasons,error,name,status_text,explanation", rows[0]);
        Assert.All(rows.Skip(1), r => Assert.StartsWith("1,panc,pancreatic,", r, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_exits_1_and_a_bad_format_exits_2()
    {
        Assert.Equal(1, CliRunner.Run("batch", "/nonexistent/profiles.jsonl").ExitCode);
        Assert.Equal(2, CliRunner.Run("batch", "-", "--format", "xml").ExitCode);
    }
}
