using System.Collections.Immutable;

namespace OncoExplain.Cohorts;

/// <summary>The counts of one cancer in a <see cref="CohortSummary"/>. Percentages are of <see cref="Profiles"/> (valid profiles of this cancer).</summary>
public sealed class CancerSummary
{
    private readonly Dictionary<string, int[]> statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> markers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Therapy, FindingStatus Status, string Reasons), int> reasons = [];
    private readonly Dictionary<string, int> nextSteps = new(StringComparer.Ordinal);

    internal CancerSummary(CancerType cancer) => Cancer = cancer;

    /// <summary>The cancer.</summary>
    public CancerType Cancer { get; }

    /// <summary>Valid profiles of this cancer.</summary>
    public int Profiles { get; private set; }

    /// <summary>The therapies seen, in <see cref="TherapyIds.All"/> order.</summary>
    public ImmutableArray<string> Therapies => [.. statuses.Keys.OrderBy(Order)];

    /// <summary>The markers seen, in <see cref="CohortMarkers.All"/> order.</summary>
    public ImmutableArray<string> Markers => [.. markers.Keys.OrderBy(id => CohortMarkers.All.IndexOf(id) is var i and >= 0 ? i : int.MaxValue).ThenBy(id => id, StringComparer.Ordinal)];

    /// <summary>How many profiles have a status for a therapy.</summary>
    /// <param name="therapyId">The therapy.</param>
    /// <param name="status">The status.</param>
    /// <returns>The count (0 when the therapy was not seen).</returns>
    public int Count(string therapyId, FindingStatus status) => statuses.TryGetValue(therapyId, out var counts) ? counts[(int)status] : 0;

    /// <summary>How many profiles have a result for a marker.</summary>
    /// <param name="marker">The marker, one of <see cref="CohortMarkers.All"/>.</param>
    /// <param name="result">The result.</param>
    /// <returns>The count (0 when the marker was not seen).</returns>
    public int Count(string marker, TestResult result) => markers.TryGetValue(marker, out var counts) ? counts[(int)result] : 0;

    /// <summary>How many profiles had a marker tested (positive, negative or inconclusive).</summary>
    /// <param name="marker">The marker.</param>
    /// <returns>The count.</returns>
    public int Tested(string marker) => Count(marker, TestResult.Positive) + Count(marker, TestResult.Negative) + Count(marker, TestResult.Inconclusive);

    /// <summary>How many profiles were recommended a test.</summary>
    /// <param name="testId">The test id.</param>
    /// <returns>The count.</returns>
    public int NextStepCount(string testId) => nextSteps.GetValueOrDefault(testId);

    /// <summary>The recommended tests, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> NextSteps =>
        [.. nextSteps.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];

    /// <summary>
    /// Why a therapy has each non-candidate status: every distinct combination of reasons (<see cref="TherapyStatus.Reasons"/>
    /// joined with <c> + </c>) with its count, most frequent first within each status.
    /// </summary>
    /// <param name="therapyId">The therapy.</param>
    /// <returns>The breakdown.</returns>
    public IReadOnlyList<(FindingStatus Status, string Reasons, int Count)> ReasonsFor(string therapyId) =>
        [.. reasons.Where(p => p.Key.Therapy == therapyId)
            .Select(p => (p.Key.Status, p.Key.Reasons, Count: p.Value))
            .OrderBy(r => r.Status)
            .ThenByDescending(r => r.Count)
            .ThenBy(r => r.Reasons, StringComparer.Ordinal)];

    /// <summary>A count as a percentage of <see cref="Profiles"/> (0 when there are none).</summary>
    /// <param name="count">The count.</param>
    /// <returns>The percentage.</returns>
    public double Percent(int count) => Profiles == 0 ? 0 : 100.0 * count / Profiles;

    internal void Add(BatchResult result)
    {
        Profiles++;
        foreach (var finding in result.Findings)
        {
            Counter(statuses, finding.TherapyId, 5)[(int)finding.Status]++;
            if (finding.Status != FindingStatus.Candidate)
            {
                var key = (finding.TherapyId, finding.Status, string.Join(" + ", finding.Reasons));
                reasons[key] = reasons.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var marker in result.Markers)
        {
            Counter(markers, marker.Marker, 4)[(int)marker.Result]++;
        }

        foreach (var step in result.NextSteps)
        {
            nextSteps[step] = nextSteps.GetValueOrDefault(step) + 1;
        }
    }

    private static int[] Counter(Dictionary<string, int[]> counters, string key, int size)
    {
        if (!counters.TryGetValue(key, out var counts))
        {
            counters[key] = counts = new int[size];
        }

        return counts;
    }

    private static int Order(string therapyId) => TherapyIds.All.IndexOf(therapyId) is var i and >= 0 ? i : int.MaxValue;
}
