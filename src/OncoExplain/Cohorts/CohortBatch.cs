using System.Runtime.CompilerServices;

namespace OncoExplain.Cohorts;

/// <summary>
/// Evaluates profiles one JSON line at a time: streaming (constant memory in the number of lines), in input order, one
/// result per non-blank line. A bad line gives a result with its errors and never stops the others. Thread-safe.
/// </summary>
public static class CohortBatch
{
    /// <summary>Evaluates every non-blank line of a JSONL input, lazily.</summary>
    /// <param name="input">One profile JSON per line. Blank lines are skipped; line numbers count every physical line.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BatchOptions.Default"/>.</param>
    /// <returns>The results, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public static IEnumerable<BatchResult> Evaluate(TextReader input, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Iterate(input, Resolve(options));
    }

    /// <summary>Evaluates every non-blank line of a JSONL input asynchronously, reading as the consumer asks.</summary>
    /// <param name="input">One profile JSON per line.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The results, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<BatchResult> EvaluateAsync(TextReader input, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return IterateAsync(input, Resolve(options), cancellationToken);
    }

    /// <summary>Evaluates profiles built in code (for example by <see cref="CohortImporter"/>), numbering them from 1.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BatchOptions.Default"/>.</param>
    /// <returns>The results, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> is <see langword="null"/>.</exception>
    public static IEnumerable<BatchResult> EvaluateProfiles(IEnumerable<TumourProfile> profiles, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var resolved = Resolve(options);
        return profiles.Select((profile, index) => resolved.Evaluate(index + 1, profile, []));
    }

    /// <summary>Evaluates one line of JSONL.</summary>
    /// <param name="line">The 1-based line number, echoed in the result.</param>
    /// <param name="json">The profile JSON.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BatchOptions.Default"/>.</param>
    /// <returns>The result: findings when valid, errors when not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static BatchResult EvaluateLine(int line, string json, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Resolve(options).EvaluateLine(line, json);
    }

    private static BatchEvaluator Resolve(BatchOptions? options) => new(options ?? BatchOptions.Default);

    private static IEnumerable<BatchResult> Iterate(TextReader input, BatchEvaluator evaluator)
    {
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return evaluator.EvaluateLine(number, line);
            }
        }
    }

    private static async IAsyncEnumerable<BatchResult> IterateAsync(TextReader input, BatchEvaluator evaluator, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return evaluator.EvaluateLine(number, line);
            }
        }
    }
}
