using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Cohorts;

public sealed class SummaryCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("oncoexplain-summary-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Prints_the_table_and_writes_csv_and_html()
    {
        var html = Path.Combine(directory, "report.html");
        var csv = Path.Combine(directory, "summary.csv");

        var result = CliRunner.RunWithInput(CohortFixtures.Jsonl(CohortFixtures.KrasMutant, CohortFixtures.LeftRasWildType), "summary", "-", "--html", html, "--csv", csv);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("== colorectal: 2 profiles", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Contains("colorectal,therapy,anti-egfr,candidate,,1,50,2", File.ReadAllLines(csv));
    }

    [Fact]
    public void Invalid_lines_are_counted_reported_and_exit_1()
    {
        var result = CliRunner.RunWithInput(CohortFixtures.Jsonl(CohortFixtures.BadMsi, CohortFixtures.Pancreatic), "summary", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2 lines, 1 valid profiles, 1 invalid", result.Out, StringComparison.Ordinal);
        Assert.Contains("line 1: $.biomarkers.msi", result.Error, StringComparison.Ordinal);
    }
}
