using System.CommandLine;
using System.Globalization;
using OncoExplain.Cohorts;

namespace OncoExplain.Cli.Commands;

/// <summary>
/// <c>oncoexplain batch FILE.jsonl|- [--format jsonl|csv] [--culture C] [--explain]</c>: one profile per line in, one result
/// per line out, streaming. Bad lines are reported on stderr with their line number and as error records in the output;
/// exit 1 when any line was invalid (all lines are still processed). Progress goes to stderr only when it is a terminal.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "Profiles as JSON lines (one profile per line), or - for standard input." };
        var format = new Option<string>("--format") { Description = "jsonl (default): one result object per line; csv: one row per profile and therapy.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var culture = new Option<string>("--culture") { Description = "The language of the explanations (with --explain).", DefaultValueFactory = _ => CultureChain.Neutral };
        var explain = new Option<bool>("--explain") { Description = "Add the full explanation (JSONL) or each option's explanation (CSV columns)." };
        var command = new Command("batch", "Evaluate many profiles, one JSON per line; a bad line never stops the others.") { file, format, culture, explain };
        command.SetAction(parse => Run(
            console,
            parse.GetValue(file)!,
            parse.GetValue(format) == "csv" ? BatchFormat.Csv : BatchFormat.Jsonl,
            new BatchOptions { Explain = parse.GetValue(explain), Culture = parse.GetValue(culture), Explainer = parse.GetValue(explain) ? Explainers.Shared : null }));
        return command;
    }

    private static int Run(CliConsole console, string file, BatchFormat format, BatchOptions options)
    {
        var input = BatchInput.Open(console, file, out var owned);
        if (input is null)
        {
            return ExitCodes.InvalidInput;
        }

        try
        {
            var terminal = ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected;
            var progress = terminal ? new SynchronousProgress(t => console.Error.Write(string.Create(
                CultureInfo.InvariantCulture, $"\r{t.Profiles} lines, {t.Invalid} invalid, {t.PerSecond:0} lines/s   "))) : null;
            using var buffered = BatchStreams.BufferedOutput(console.Out);
            var totals = BatchRunner.Run(input, buffered ?? console.Out, format, options, progress, result => ReportInvalid(console, result));
            if (terminal)
            {
                console.Error.WriteLine();
            }

            return totals.Invalid == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
        }
        finally
        {
            if (owned)
            {
                input.Dispose();
            }
        }
    }

    private static void ReportInvalid(CliConsole console, BatchResult result)
    {
        foreach (var error in result.Errors)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"line {result.Line}: {error}"));
        }
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> would post to the thread pool and race the output).</summary>
    private sealed class SynchronousProgress(Action<BatchTotals> report) : IProgress<BatchTotals>
    {
        public void Report(BatchTotals value) => report(value);
    }
}
