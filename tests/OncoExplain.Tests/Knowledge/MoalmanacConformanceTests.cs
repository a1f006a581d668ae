using System.Text.Json;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Knowledge;

/// <summary>
/// Compares our rules with the FDA rows of the Molecular Oncology Almanac snapshot in ../shared/data (GPL-2.0, used only as an
/// external test oracle, never shipped). Every colorectal, pancreatic and tumour-agnostic FDA row must be read in
/// <see cref="MoalmanacCases"/>: either our engine agrees (candidate, with a regimen containing the row's drugs) or the
/// difference is documented in the table of docs/rules.md.
/// </summary>
public sealed class MoalmanacConformanceTests
{
    private static readonly string[] OurOncotreeCodes = ["COADREAD", "COAD", "READ", "PAAD"];

    [Fact]
    public void Every_relevant_fda_row_agrees_or_is_a_documented_difference()
    {
        var flat = SharedData.RequireFile(Path.Combine("knowledge", "moalmanac", "molecular-oncology-almanac.json"));
        var indications = SharedData.RequireFile(Path.Combine("knowledge", "moalmanac", "referenced", "indications.json"));
        var rows = LoadAssertions(flat).Concat(LoadIndications(indications)).ToList();
        var table = MoalmanacCases.All.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "rules.md"));

        var problems = new List<string>();
        problems.AddRange(rows.Where(r => !table.ContainsKey(r.Key)).Select(r => $"new MOAlmanac row {r.Key} ({r.Summary}): add it to MoalmanacCases"));
        problems.AddRange(table.Keys.Except(rows.Select(r => r.Key)).Select(k => $"{k} is in MoalmanacCases but no longer in the data"));

        var report = new List<string> { "| MOAlmanac row | Date | Row | Therapy | Agreement |", "|---|---|---|---|---|" };
        foreach (var row in rows.Where(r => table.ContainsKey(r.Key)))
        {
            var entry = table[row.Key];
            var differences = new List<string>();
            if (entry.Note is { } note)
            {
                differences.Add(note);
            }

            foreach (var @case in entry.Cases)
            {
                var profile = @case.Profile();
                var finding = EligibilityEngine.Default.Evaluate(profile).FindingFor(entry.Therapy);
                if (finding?.Status != @case.Status)
                {
                    problems.Add($"{row.Key} ({profile.Cancer}): expected {@case.Status}, engine says {finding?.Status.ToString() ?? "no finding"}");
                    continue;
                }

                if (@case.Difference is { } difference)
                {
                    differences.Add(difference);
                }
                else if (!finding.DrugIds.Any(d => entry.Drugs.All(Regimen.Parse(d).Drugs.Select(x => x.Id).Contains)))
                {
                    problems.Add($"{row.Key}: no regimen of {entry.Therapy} contains {string.Join("+", entry.Drugs)} (we offer {string.Join(", ", finding.DrugIds)})");
                }
            }

            foreach (var difference in differences.Distinct())
            {
                if (!docs.Contains($"| {difference} |", StringComparison.Ordinal))
                {
                    problems.Add($"{row.Key}: difference {difference} is not documented in the table of docs/rules.md");
                }
            }

            var agreement = differences.Count == 0 ? "agrees" : entry.Cases.Any(c => c.Difference is null) ? $"agrees; differs in {string.Join(", ", differences.Distinct())}" : $"differs: {string.Join(", ", differences.Distinct())}";
            report.Add($"| {row.Key} | {row.Date} | {row.Summary} | {entry.Therapy} | {agreement} |");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', report));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<DataRow> LoadAssertions(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var item in json.RootElement.EnumerateArray())
        {
            if (Text(item, "predictive_implication") != "FDA-Approved")
            {
                continue;
            }

            var code = Text(item, "oncotree_code");
            if (!OurOncotreeCodes.Contains(code) && Text(item, "disease") != "Any solid tumor")
            {
                continue;
            }

            var feature = string.Join(' ', new[] { Text(item, "feature_type"), Text(item, "gene"), Text(item, "gene1"), Text(item, "protein_change"), Text(item, "status") }.Where(s => s.Length > 0));
            yield return new DataRow(
                "assertion:" + item.GetProperty("assertion_id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                Text(item, "publication_date"),
                $"{(code.Length > 0 ? code : "any solid")}: {feature} → {Text(item, "therapy_name")}");
        }
    }

    private static IEnumerable<DataRow> LoadIndications(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var id = Text(item, "id");
            var scope = (Text(item, "indication") + " " + Text(item, "raw_cancer_type")).ToLowerInvariant();
            if (id.StartsWith("ind:fda.", StringComparison.Ordinal)
                && (scope.Contains("colorectal", StringComparison.Ordinal) || scope.Contains("pancrea", StringComparison.Ordinal) || scope.Contains("solid tumor", StringComparison.Ordinal)))
            {
                yield return new DataRow(id, Text(item, "initial_approval_date"), $"{Text(item, "raw_cancer_type")}: {Text(item, "raw_biomarkers")} → {Text(item, "raw_therapeutics")}");
            }
        }
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private sealed record DataRow(string Key, string Date, string Summary);
}
