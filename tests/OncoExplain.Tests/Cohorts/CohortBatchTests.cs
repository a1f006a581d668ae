using OncoExplain.Cohorts;

namespace OncoExplain.Tests.Cohorts;

public class CohortBatchTests
{
    [Fact]
    public void Every_non_blank_line_gives_one_result_with_its_physical_line_number()
    {
        var input = CohortFixtures.Jsonl(CohortFixtures.LeftRasWildType, "", CohortFixtures.BadMsi, "not json", CohortFixtures.KrasMutant);
        var results = CohortBatch.Evaluate(new StringReader(input)).ToList();

        Assert.Equal([1, 3, 4, 5], results.Select(r => r.Line));
        Assert.Equal([true, false, false, true], results.Select(r => r.IsValid));
        Assert.Contains(results[1].Errors, e => e.Path == "$.biomarkers.msi");
    }

    [Fact]
    public void A_resistance_rule_gives_the_met_condition_as_the_reason()
    {
        var result = CohortBatch.EvaluateLine(1, CohortFixtures.KrasMutant);

        var antiEgfr = result.StatusOf(TherapyIds.AntiEgfr)!;
        Assert.Equal(FindingStatus.NotACandidate, antiEgfr.Status);
        Assert.Equal(["ras-mutant=met"], antiEgfr.Reasons);
        Assert.Contains(result.Markers, m => m is { Marker: CohortMarkers.Ras, Result: TestResult.Positive });
        Assert.Contains(result.Markers, m => m is { Marker: CohortMarkers.LeftSidedPrimary, Result: TestResult.Negative });
    }

    [Fact]
    public void A_candidate_has_no_reasons_and_untested_genes_stay_not_tested()
    {
        var result = CohortBatch.EvaluateLine(7, CohortFixtures.LeftRasWildType);

        Assert.Equal(FindingStatus.Candidate, result.StatusOf(TherapyIds.AntiEgfr)!.Status);
        Assert.Empty(result.StatusOf(TherapyIds.AntiEgfr)!.Reasons);
        Assert.Contains(result.Markers, m => m is { Marker: CohortMarkers.Brca2, Result: TestResult.NotTested });
    }

    [Fact]
    public void Jsonl_lines_read_back_equal()
    {
        foreach (var line in new[] { CohortFixtures.LeftRasWildType, CohortFixtures.KrasMutant, CohortFixtures.Pancreatic, CohortFixtures.BadMsi })
        {
            var result = CohortBatch.EvaluateLine(3, line);
            var text = BatchJsonl.ToLine(result);

            Assert.DoesNotContain('\n', text);
            Assert.Equal(result, BatchJsonl.ReadResult(text));
        }
    }

    [Fact]
    public void A_profile_line_is_not_a_result()
    {
        Assert.Null(BatchJsonl.ReadResult(CohortFixtures.KrasMutant));
    }

    [Fact]
    public async Task The_async_pipeline_gives_the_same_results()
    {
        var input = CohortFixtures.Jsonl(CohortFixtures.Pancreatic, CohortFixtures.BadMsi);
        var results = new List<BatchResult>();
        await foreach (var result in CohortBatch.EvaluateAsync(new StringReader(input), cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        Assert.Equal(CohortBatch.Evaluate(new StringReader(input)), results);
    }

    [Fact]
    public void Csv_has_one_row_per_therapy_and_one_invalid_row_per_bad_line()
    {
        using var output = new StringWriter();
        var totals = BatchRunner.Run(new StringReader(CohortFixtures.Jsonl(CohortFixtures.KrasMutant, CohortFixtures.BadMsi)), output, BatchFormat.Csv);
        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var therapies = CohortBatch.EvaluateLine(1, CohortFixtures.KrasMutant).Findings.Length;

        Assert.Equal(new BatchTotals(2, 1, totals.Elapsed), totals);
        Assert.Equal("line,id,cancer,therapy,status,reasons,error", rows[0]);
        Assert.Equal(1 + therapies + 1, rows.Length);
        Assert.StartsWith("1,kras,colorectal,anti-egfr,not-a-candidate,ras-mutant=met,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("2,,,,invalid,,", rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Explanations_are_added_only_when_asked()
    {
        var plain = CohortBatch.EvaluateLine(1, CohortFixtures.Pancreatic);
        var explained = CohortBatch.EvaluateLine(1, CohortFixtures.Pancreatic, new BatchOptions { Explain = true, Culture = "fr" });

        Assert.Null(plain.Explanation);
        Assert.Equal("fr", explained.Explanation!.RequestedCulture);
        Assert.Contains("\"explanation\":{", BatchJsonl.ToLine(explained), StringComparison.Ordinal);
    }
}
