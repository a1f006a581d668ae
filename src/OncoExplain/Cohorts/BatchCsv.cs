using System.Globalization;

namespace OncoExplain.Cohorts;

/// <summary>
/// The CSV form of batch results: one row per profile and therapy (<c>line,id,cancer,therapy,status,reasons,error</c>);
/// an invalid line gives one row with status <c>invalid</c> and its errors. With explanations, three columns follow:
/// the option's name, its status in words and its reasons, in the explanation's culture. Rows end with <c>\n</c>.
/// </summary>
public static class BatchCsv
{
    /// <summary>The status written for an invalid line.</summary>
    public const string InvalidStatus = "invalid";

    /// <summary>Writes the header row.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="withExplanation">Whether the explanation columns follow.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void WriteHeader(TextWriter writer, bool withExplanation = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (withExplanation)
        {
            CsvText.WriteRow(writer, "line", "id", "cancer", "therapy", "status", "reasons", "error", "name", "status_text", "explanation");
        }
        else
        {
            CsvText.WriteRow(writer, "line", "id", "cancer", "therapy", "status", "reasons", "error");
        }
    }

    /// <summary>Writes the rows of one result; reasons are joined with <c>;</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    /// <param name="withExplanation">Whether to write the explanation columns (empty when the result has no explanation).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteRows(TextWriter writer, BatchResult result, bool withExplanation = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var line = result.Line.ToString(CultureInfo.InvariantCulture);
        var cancer = result.Cancer?.ToWireName();
        if (!result.IsValid)
        {
            var error = string.Join(" | ", result.Errors.Select(e => e.ToString()));
            if (withExplanation)
            {
                CsvText.WriteRow(writer, line, result.Id, cancer, null, InvalidStatus, null, error, null, null, null);
            }
            else
            {
                CsvText.WriteRow(writer, line, result.Id, cancer, null, InvalidStatus, null, error);
            }

            return;
        }

        foreach (var finding in result.Findings)
        {
            var reasons = string.Join(';', finding.Reasons);
            if (withExplanation)
            {
                var explained = result.Explanation?.Findings.FirstOrDefault(f => f.TherapyId == finding.TherapyId);
                CsvText.WriteRow(
                    writer, line, result.Id, cancer, finding.TherapyId, finding.Status.ToWireName(), reasons, null,
                    explained?.Name, explained?.StatusText, explained is null ? null : string.Join(' ', explained.Reasons));
            }
            else
            {
                CsvText.WriteRow(writer, line, result.Id, cancer, finding.TherapyId, finding.Status.ToWireName(), reasons, null);
            }
        }
    }
}
