using System.Collections.Immutable;

namespace OncoExplain.Cohorts;

/// <summary>
/// Counts over a cohort, per cancer: each therapy's statuses (with the reasons behind them), each marker's results and
/// the tests recommended. Memory grows with the number of distinct reasons, not with the number of profiles. Not thread-safe.
/// </summary>
public sealed class CohortSummary
{
    private readonly SortedDictionary<CancerType, CancerSummary> cancers = [];
    private readonly List<BatchResult> firstInvalid = [];

    /// <summary>How many invalid lines are kept in <see cref="InvalidExamples"/>.</summary>
    public const int MaxInvalidExamples = 20;

    /// <summary>Results added, valid or not.</summary>
    public int Lines { get; private set; }

    /// <summary>Invalid lines added.</summary>
    public int Invalid { get; private set; }

    /// <summary>The first <see cref="MaxInvalidExamples"/> invalid results, to show where the problems are.</summary>
    public IReadOnlyList<BatchResult> InvalidExamples => firstInvalid;

    /// <summary>The cancers seen, pancreatic first.</summary>
    public ImmutableArray<CancerSummary> Cancers => [.. cancers.Values];

    /// <summary>The counts of one cancer, or <see langword="null"/> when none was seen.</summary>
    /// <param name="cancer">The cancer.</param>
    /// <returns>The counts.</returns>
    public CancerSummary? For(CancerType cancer) => cancers.GetValueOrDefault(cancer);

    /// <summary>Adds one result.</summary>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public void Add(BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Lines++;
        if (!result.IsValid || result.Cancer is not { } cancer)
        {
            Invalid++;
            if (firstInvalid.Count < MaxInvalidExamples)
            {
                firstInvalid.Add(result);
            }

            return;
        }

        if (!cancers.TryGetValue(cancer, out var summary))
        {
            cancers[cancer] = summary = new CancerSummary(cancer);
        }

        summary.Add(result);
    }

    /// <summary>Summarizes results.</summary>
    /// <param name="results">The results, for example from <see cref="CohortBatch.Evaluate(TextReader, BatchOptions?)"/>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static CohortSummary Of(IEnumerable<BatchResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var summary = new CohortSummary();
        foreach (var result in results)
        {
            summary.Add(result);
        }

        return summary;
    }

    /// <summary>
    /// Summarizes a JSONL file line by line: lines that are batch results (from <c>oncoexplain batch</c>) are counted as they
    /// are; any other line is read as a profile and evaluated. Blank lines are skipped.
    /// </summary>
    /// <param name="input">Profiles or results, one per line.</param>
    /// <param name="options">How profiles are evaluated, or <see langword="null"/> for the defaults.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public static CohortSummary Read(TextReader input, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var summary = new CohortSummary();
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            summary.Add(TryReadResult(line) ?? CohortBatch.EvaluateLine(number, line, options));
        }

        return summary;
    }

    private static BatchResult? TryReadResult(string line)
    {
        try
        {
            return BatchJsonl.ReadResult(line);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
