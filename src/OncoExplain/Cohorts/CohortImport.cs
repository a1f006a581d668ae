using System.Collections.Immutable;

namespace OncoExplain.Cohorts;

/// <summary>What an import gave: the profiles, and every row or value that could not be used.</summary>
/// <param name="Profiles">One profile per usable clinical row, in table order.</param>
/// <param name="Issues">Every issue, clinical tables first, then mutation tables, each in line order.</param>
/// <param name="ClinicalRows">Data rows read from the clinical (or sample) table.</param>
/// <param name="MutationRows">Data rows read from the mutation tables.</param>
/// <param name="VariantsUsed">Variants attached to profiles.</param>
/// <param name="SequencedProfiles">Profiles with at least one row in a mutation table (the only ones panel negatives apply to).</param>
public sealed record CohortImport(
    ImmutableArray<TumourProfile> Profiles,
    ImmutableArray<ImportIssue> Issues,
    int ClinicalRows,
    int MutationRows,
    int VariantsUsed,
    int SequencedProfiles)
{
    /// <summary>How many issues of each code, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> IssueCounts =>
        [.. Issues.GroupBy(i => i.Code, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)];
}
