using OncoExplain.Cohorts;

namespace OncoExplain.Tests.Cohorts;

public class CohortSummaryTests
{
    private static readonly string Input = CohortFixtures.Jsonl(
        CohortFixtures.LeftRasWildType, CohortFixtures.KrasMutant, CohortFixtures.KrasMutant, CohortFixtures.Pancreatic, CohortFixtures.BadMsi);

    [Fact]
    public void Counts_are_per_cancer_with_percentages_of_its_valid_profiles()
    {
        var summary = CohortSummary.Read(new StringReader(Input));
        var colorectal = summary.For(CancerType.Colorectal)!;

        Assert.Equal((5, 1), (summary.Lines, summary.Invalid));
        Assert.Equal(3, colorectal.Profiles);
        Assert.Equal(1, colorectal.Count(TherapyIds.AntiEgfr, FindingStatus.Candidate));
        Assert.Equal(2, colorectal.Count(TherapyIds.AntiEgfr, FindingStatus.NotACandidate));
        Assert.Equal([(FindingStatus.NotACandidate, "ras-mutant=met", 2)], colorectal.ReasonsFor(TherapyIds.AntiEgfr));
        Assert.Equal((3, 2, 1, 0), (colorectal.Tested(CohortMarkers.Ras), colorectal.Count(CohortMarkers.Ras, TestResult.Positive), colorectal.Count(CohortMarkers.Ras, TestResult.Negative), colorectal.Count(CohortMarkers.Brca2, TestResult.Positive)));
        Assert.Equal(100.0 * 2 / 3, colorectal.Percent(2), 9);
        Assert.Equal(1, summary.For(CancerType.Pancreatic)!.Profiles);
    }

    [Fact]
    public void Results_written_by_batch_summarize_the_same_as_the_profiles()
    {
        using var results = new StringWriter();
        BatchRunner.Run(new StringReader(Input), results);

        Assert.Equal(
            SummaryTable.Render(CohortSummary.Read(new StringReader(Input))),
            SummaryTable.Render(CohortSummary.Read(new StringReader(results.ToString()))));
    }

    [Fact]
    public void The_table_shows_counts_and_percentages()
    {
        var text = SummaryTable.Render(CohortSummary.Read(new StringReader(Input)));

        Assert.Contains("5 lines, 4 valid profiles, 1 invalid", text, StringComparison.Ordinal);
        Assert.Matches(@"anti-egfr\s+1 \(33\.3%\)", text);
        Assert.Contains("ras-mutant=met", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_rows_hold_every_count()
    {
        using var writer = new StringWriter();
        SummaryCsv.Write(writer, CohortSummary.Read(new StringReader(Input)));
        var rows = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("cancer,section,item,category,reasons,count,percent,profiles", rows[0]);
        Assert.Contains("colorectal,therapy,anti-egfr,not-a-candidate,,2,66.67,3", rows);
        Assert.Contains("colorectal,reason,anti-egfr,not-a-candidate,ras-mutant=met,2,66.67,3", rows);
        Assert.Contains("colorectal,marker,ras,positive,,2,66.67,3", rows);
    }

    [Fact]
    public void The_html_report_is_self_contained_and_escapes_the_title()
    {
        var html = SummaryHtml.Render(CohortSummary.Read(new StringReader(Input)), "<cohort & co>");

        Assert.Contains("&lt;cohort &amp; co&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<cohort", html, StringComparison.Ordinal);
        Assert.Contains("Chart.js v4.6.1", html, StringComparison.Ordinal);
        Assert.Contains("id=\"therapies-colorectal\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("sourceMappingURL", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
    }
}
