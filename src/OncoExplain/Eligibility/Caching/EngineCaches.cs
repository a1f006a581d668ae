namespace OncoExplain.Eligibility.Caching;

/// <summary>
/// What one engine shares between evaluations: evaluations, findings and result parts, each table bounded by
/// <c>capacity</c> entries. Cached or not, results are equal; cached ones share their immutable parts.
/// </summary>
internal sealed class EngineCaches(int capacity)
{
    /// <summary>Entries per table by default: several thousand distinct profiles; full, the three tables keep about 5.5 MB (measured with
    /// <c>--cache-footprint</c> in the benchmarks project, docs/performance.md).</summary>
    public const int DefaultCapacity = 4096;

    public EvaluationTable Evaluations { get; } = new(capacity);

    public FindingTable Findings { get; } = new(capacity * 2);

    public ResultTable Results { get; } = new(capacity);
}
