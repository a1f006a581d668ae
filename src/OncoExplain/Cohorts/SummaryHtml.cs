using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace OncoExplain.Cohorts;

/// <summary>
/// The cohort summary as one self-contained HTML page: per cancer, stacked bar charts of therapy statuses and marker
/// results (drawn by the inlined Chart.js, see <c>docs/cohorts.md</c>) above tables with every count, and the reason
/// breakdown per therapy. No external resource is loaded when the page is viewed; the tables carry every number even
/// without scripts.
/// </summary>
public static class SummaryHtml
{
    private static readonly FindingStatus[] Statuses = [FindingStatus.Candidate, FindingStatus.CandidateLater, FindingStatus.NeedsTesting, FindingStatus.Investigational, FindingStatus.NotACandidate];
    private static readonly string[] StatusColours = ["#1b7837", "#7fbf7b", "#f1a340", "#998ec3", "#bababa"];
    private static readonly TestResult[] Results = [TestResult.Positive, TestResult.Negative, TestResult.Inconclusive, TestResult.NotTested];
    private static readonly string[] ResultColours = ["#d6604d", "#4393c3", "#f4a582", "#e0e0e0"];

    /// <summary>Renders the report.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="title">The page title (escaped).</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string Render(CohortSummary summary, string title = "OncoExplain cohort summary")
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(title);
        var html = new StringBuilder(300_000);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Encode(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem;max-width:1200px;color:#222}table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}")
            .Append("th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}td.reasons{text-align:left;font-family:monospace}")
            .Append(".chart{position:relative;height:520px;margin:1rem 0}.chart.markers{height:440px}details{margin:.3rem 0}\n</style>\n</head>\n<body>\n<h1>")
            .Append(Encode(title)).Append("</h1>\n<p>")
            .Append(Invariant($"{summary.Lines} lines: {summary.Lines - summary.Invalid} valid profiles, {summary.Invalid} invalid. "))
            .Append("Percentages are of each cancer's valid profiles. Not tested is never counted as negative. Education only, not a prescription.</p>\n");
        var charts = new List<(string Id, string Json)>();
        foreach (var cancer in summary.Cancers)
        {
            var name = cancer.Cancer.ToWireName();
            html.Append("<section>\n<h2>").Append(Encode(name)).Append(Invariant($": {cancer.Profiles} profiles</h2>\n"));
            html.Append("<h3>Treatment options by status</h3>\n<div class=\"chart\"><canvas id=\"therapies-").Append(name).Append("\" role=\"img\" aria-label=\"Therapy statuses\"></canvas></div>\n");
            charts.Add(("therapies-" + name, ChartJson(cancer.Therapies, Statuses.Select(s => s.ToWireName()), StatusColours, (t, i) => cancer.Percent(cancer.Count(t, Statuses[i])))));
            TherapyTable(html, cancer);
            html.Append("<h3>Biomarkers</h3>\n<div class=\"chart markers\"><canvas id=\"markers-").Append(name).Append("\" role=\"img\" aria-label=\"Biomarker results\"></canvas></div>\n");
            charts.Add(("markers-" + name, ChartJson(cancer.Markers, Results.Select(CohortWire.Of), ResultColours, (m, i) => cancer.Percent(cancer.Count(m, Results[i])))));
            MarkerTable(html, cancer);
            ReasonTables(html, cancer);
            html.Append("</section>\n");
        }

        html.Append("<script>\n").Append(ChartJsAsset.Text).Append("\n</script>\n");
        foreach (var (id, json) in charts)
        {
            html.Append("<script type=\"application/json\" id=\"data-").Append(id).Append("\">").Append(json).Append("</script>\n");
        }

        html.Append("<script>\ndocument.querySelectorAll('canvas[id]').forEach(function(c){var d=JSON.parse(document.getElementById('data-'+c.id).textContent);")
            .Append("new Chart(c,{type:'bar',data:d,options:{indexAxis:'y',maintainAspectRatio:false,animation:false,")
            .Append("scales:{x:{stacked:true,max:100,title:{display:true,text:'% of profiles'}},y:{stacked:true}},")
            .Append("plugins:{tooltip:{callbacks:{label:function(i){return i.dataset.label+': '+i.parsed.x.toFixed(1)+'%';}}}}}});});\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void TherapyTable(StringBuilder html, CancerSummary cancer)
    {
        html.Append("<table><thead><tr><th>therapy</th>");
        foreach (var status in Statuses)
        {
            html.Append("<th>").Append(status.ToWireName()).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var therapy in cancer.Therapies)
        {
            html.Append("<tr><td>").Append(Encode(therapy)).Append("</td>");
            foreach (var status in Statuses)
            {
                html.Append("<td>").Append(SummaryTable.Cell(cancer, cancer.Count(therapy, status))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void MarkerTable(StringBuilder html, CancerSummary cancer)
    {
        html.Append("<table><thead><tr><th>marker</th><th>tested</th><th>positive</th><th>negative</th><th>inconclusive</th><th>not tested</th></tr></thead><tbody>\n");
        foreach (var marker in cancer.Markers)
        {
            html.Append("<tr><td>").Append(Encode(marker)).Append("</td><td>").Append(SummaryTable.Cell(cancer, cancer.Tested(marker))).Append("</td>");
            foreach (var result in Results)
            {
                html.Append("<td>").Append(SummaryTable.Cell(cancer, cancer.Count(marker, result))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void ReasonTables(StringBuilder html, CancerSummary cancer)
    {
        html.Append("<h3>Why not a candidate</h3>\n<p>Each row is one combination of the conditions that kept the option from being a candidate (<code>condition=outcome</code>).</p>\n");
        foreach (var therapy in cancer.Therapies)
        {
            var reasons = cancer.ReasonsFor(therapy);
            if (reasons.Count == 0)
            {
                continue;
            }

            html.Append("<details><summary>").Append(Encode(therapy)).Append("</summary><table><thead><tr><th>status</th><th>profiles</th><th>reasons</th></tr></thead><tbody>\n");
            foreach (var (status, text, count) in reasons)
            {
                html.Append("<tr><td>").Append(status.ToWireName()).Append("</td><td>").Append(SummaryTable.Cell(cancer, count))
                    .Append("</td><td class=\"reasons\">").Append(Encode(text.Length == 0 ? "(no open condition)" : text)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></details>\n");
        }
    }

    /// <summary>Chart.js data: one label per row, one stacked dataset per category. The default encoder escapes &lt; &gt; &amp;, so the JSON is safe inside a script element.</summary>
    private static string ChartJson(IReadOnlyList<string> rows, IEnumerable<string> categories, string[] colours, Func<string, int, double> percent)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("labels"u8);
            foreach (var row in rows)
            {
                json.WriteStringValue(row);
            }

            json.WriteEndArray();
            json.WriteStartArray("datasets"u8);
            var index = 0;
            foreach (var category in categories)
            {
                json.WriteStartObject();
                json.WriteString("label"u8, category);
                json.WriteString("backgroundColor"u8, colours[index]);
                json.WriteStartArray("data"u8);
                foreach (var row in rows)
                {
                    json.WriteNumberValue(Math.Round(percent(row, index), 2));
                }

                json.WriteEndArray();
                json.WriteEndObject();
                index++;
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
