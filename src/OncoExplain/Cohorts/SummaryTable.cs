using System.Globalization;
using System.Text;

namespace OncoExplain.Cohorts;

/// <summary>The cohort summary as plain-text tables for a terminal: counts with percentages of each cancer's valid profiles.</summary>
public static class SummaryTable
{
    /// <summary>How many reason combinations are shown per therapy and status.</summary>
    public const int ReasonsShown = 6;

    private static readonly FindingStatus[] Statuses = [FindingStatus.Candidate, FindingStatus.CandidateLater, FindingStatus.NeedsTesting, FindingStatus.Investigational, FindingStatus.NotACandidate];

    /// <summary>Renders the summary.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The text, with <c>\n</c> line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string Render(CohortSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        Line(text, $"{summary.Lines} lines, {summary.Lines - summary.Invalid} valid profiles, {summary.Invalid} invalid");
        foreach (var cancer in summary.Cancers)
        {
            text.Append('\n');
            Line(text, $"== {cancer.Cancer.ToWireName()}: {cancer.Profiles} profiles");
            Line(text, $"{"therapy",-28}" + string.Concat(Statuses.Select(s => $"{s.ToWireName(),18}")));
            foreach (var therapy in cancer.Therapies)
            {
                Line(text, $"{therapy,-28}" + string.Concat(Statuses.Select(s => $"{Cell(cancer, cancer.Count(therapy, s)),18}")));
            }

            text.Append('\n');
            Line(text, $"{"marker",-22}{"tested",16}{"positive",16}{"negative",16}{"inconclusive",16}{"not tested",16}");
            foreach (var marker in cancer.Markers)
            {
                Line(text, $"{marker,-22}{Cell(cancer, cancer.Tested(marker)),16}{Cell(cancer, cancer.Count(marker, TestResult.Positive)),16}"
                    + $"{Cell(cancer, cancer.Count(marker, TestResult.Negative)),16}{Cell(cancer, cancer.Count(marker, TestResult.Inconclusive)),16}"
                    + $"{Cell(cancer, cancer.Count(marker, TestResult.NotTested)),16}");
            }

            text.Append('\n');
            Line(text, "tests recommended: " + string.Join(", ", cancer.NextSteps.Select(p => $"{p.Key} {Cell(cancer, p.Value)}")));
            text.Append('\n');
            Line(text, "why not a candidate (reason combinations; condition=outcome):");
            foreach (var therapy in cancer.Therapies)
            {
                foreach (var group in cancer.ReasonsFor(therapy).GroupBy(r => r.Status))
                {
                    foreach (var (status, reasons, count) in group.Take(ReasonsShown))
                    {
                        Line(text, $"  {therapy,-26} {status.ToWireName(),-16} {Cell(cancer, count),14}  {(reasons.Length == 0 ? "(no open condition)" : reasons)}");
                    }

                    if (group.Count() > ReasonsShown)
                    {
                        Line(text, $"  {therapy,-26} {group.Key.ToWireName(),-16} {Cell(cancer, group.Skip(ReasonsShown).Sum(r => r.Count)),14}  ({group.Count() - ReasonsShown} other combinations)");
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A count with its percentage, for example <c>123 (11.0%)</c>.</summary>
    internal static string Cell(CancerSummary cancer, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} ({cancer.Percent(count):0.0}%)");

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
