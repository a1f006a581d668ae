using System.CommandLine;
using OncoExplain.Cohorts;

namespace OncoExplain.Cli.Commands;

/// <summary>
/// <c>oncoexplain summary FILE.jsonl|RESULTS.jsonl|- [--html F] [--csv F]</c>: counts and percentages per therapy and
/// status, per biomarker, and the reasons behind each status, printed as tables; optionally also written as CSV and as a
/// self-contained HTML report with charts. Profiles are evaluated; lines written by <c>batch</c> are counted as they are.
/// </summary>
internal static class SummaryCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "Profiles (one JSON per line) or the JSONL output of 'oncoexplain batch', or - for standard input." };
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML report with charts to this file." };
        var csv = new Option<string?>("--csv") { Description = "Also write the counts as long-format CSV to this file." };
        var title = new Option<string>("--title") { Description = "The title of the HTML report.", DefaultValueFactory = _ => "OncoExplain cohort summary" };
        var command = new Command("summary", "Summarize a cohort: options by status, biomarkers tested and found, and why options are ruled out.") { file, html, csv, title };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(html), parse.GetValue(csv), parse.GetValue(title)!));
        return command;
    }

    private static int Run(CliConsole console, string file, string? html, string? csv, string title)
    {
        var input = BatchInput.Open(console, file, out var owned);
        if (input is null)
        {
            return ExitCodes.InvalidInput;
        }

        CohortSummary summary;
        try
        {
            summary = CohortSummary.Read(input);
        }
        finally
        {
            if (owned)
            {
                input.Dispose();
            }
        }

        console.Out.Write(SummaryTable.Render(summary));
        foreach (var example in summary.InvalidExamples)
        {
            foreach (var error in example.Errors)
            {
                console.Error.WriteLine($"line {example.Line}: {error}");
            }
        }

        if (csv is not null)
        {
            using var writer = new StreamWriter(csv);
            SummaryCsv.Write(writer, summary);
        }

        if (html is not null)
        {
            File.WriteAllText(html, SummaryHtml.Render(summary, title));
        }

        return summary.Invalid == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
