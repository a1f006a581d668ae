using System.Globalization;

namespace OncoExplain.Cohorts;

/// <summary>
/// The cohort summary as long-format CSV, one count per row: <c>cancer,section,item,category,reasons,count,percent,profiles</c>.
/// Sections: <c>therapy</c> (item = therapy, category = status), <c>marker</c> (category = positive, negative,
/// inconclusive, not-tested), <c>reason</c> (item = therapy, category = status, reasons = the combination), <c>next-step</c>
/// (item = test). Percent is of the cancer's valid profiles, in invariant culture.
/// </summary>
public static class SummaryCsv
{
    /// <summary>Writes the summary.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="summary">The summary.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, CohortSummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        CsvText.WriteRow(writer, "cancer", "section", "item", "category", "reasons", "count", "percent", "profiles");
        foreach (var cancer in summary.Cancers)
        {
            void Row(string section, string item, string? category, string? reasons, int count) => CsvText.WriteRow(
                writer,
                cancer.Cancer.ToWireName(),
                section,
                item,
                category,
                reasons,
                count.ToString(CultureInfo.InvariantCulture),
                cancer.Percent(count).ToString("0.##", CultureInfo.InvariantCulture),
                cancer.Profiles.ToString(CultureInfo.InvariantCulture));

            foreach (var therapy in cancer.Therapies)
            {
                foreach (var status in Enum.GetValues<FindingStatus>())
                {
                    Row("therapy", therapy, status.ToWireName(), null, cancer.Count(therapy, status));
                }
            }

            foreach (var marker in cancer.Markers)
            {
                foreach (var result in Enum.GetValues<TestResult>())
                {
                    Row("marker", marker, CohortWire.Of(result), null, cancer.Count(marker, result));
                }
            }

            foreach (var therapy in cancer.Therapies)
            {
                foreach (var (status, reasons, count) in cancer.ReasonsFor(therapy))
                {
                    Row("reason", therapy, status.ToWireName(), reasons, count);
                }
            }

            foreach (var (test, count) in cancer.NextSteps)
            {
                Row("next-step", test, null, null, count);
            }
        }
    }
}
