using System.Diagnostics;

namespace OncoExplain.Cohorts;

/// <summary>Runs a whole batch: JSONL in, results out, line by line, with optional progress reports.</summary>
public static class BatchRunner
{
    /// <summary>Reads profiles line by line, writes one result per non-blank line as it goes, and returns the totals.</summary>
    /// <param name="input">One profile JSON per line.</param>
    /// <param name="output">Where the results go.</param>
    /// <param name="format">JSONL or CSV.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="progress">Told the totals about every <paramref name="progressInterval"/> lines and once at the end; may be <see langword="null"/>.</param>
    /// <param name="onResult">Called with every result after it is written (for example to report invalid lines); may be <see langword="null"/>.</param>
    /// <param name="progressInterval">How many lines between progress reports.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progressInterval"/> is not positive.</exception>
    public static BatchTotals Run(
        TextReader input,
        TextWriter output,
        BatchFormat format = BatchFormat.Jsonl,
        BatchOptions? options = null,
        IProgress<BatchTotals>? progress = null,
        Action<BatchResult>? onResult = null,
        int progressInterval = 1000)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(progressInterval);
        var clock = Stopwatch.StartNew();
        var profiles = 0;
        var invalid = 0;
        using var writer = new BatchWriter(output, format, options?.Explain ?? false);
        writer.WriteHeader();
        foreach (var result in CohortBatch.Evaluate(input, options))
        {
            writer.Write(result);
            profiles++;
            if (!result.IsValid)
            {
                invalid++;
            }

            onResult?.Invoke(result);
            if (progress is not null && profiles % progressInterval == 0)
            {
                progress.Report(new BatchTotals(profiles, invalid, clock.Elapsed));
            }
        }

        output.Flush();
        var totals = new BatchTotals(profiles, invalid, clock.Elapsed);
        progress?.Report(totals);
        return totals;
    }
}
