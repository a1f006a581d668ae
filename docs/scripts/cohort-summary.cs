#!/usr/bin/env dotnet
#:project ../../src/OncoExplain/OncoExplain.csproj
// Import a cohort (clinical TSV + MAF), evaluate every profile and print the summary; optionally write the HTML report.
// dotnet run docs/scripts/cohort-summary.cs -- CLINICAL.tsv MUTATIONS.maf [KRAS,NRAS,BRAF] [report.html]
using OncoExplain;
using OncoExplain.Cohorts;

var import = CohortImporter.Import(
    TableSource.FromFile(args[0]),
    [TableSource.FromFile(args[1])],
    new CohortImportOptions { PanelGenes = args.Length > 2 ? args[2].Split(',') : null, Cancer = CancerType.Colorectal, Stage = StageGroup.IV });
foreach (var (code, count) in import.IssueCounts)
{
    Console.Error.WriteLine($"{count,7} {code}");
}

var summary = CohortSummary.Of(CohortBatch.EvaluateProfiles(import.Profiles));
Console.Write(SummaryTable.Render(summary));
if (summary.For(CancerType.Colorectal) is { } crc)
{
    Console.WriteLine($"anti-EGFR candidate now: {Share(crc, crc.Count(TherapyIds.AntiEgfr, FindingStatus.Candidate))}");
}

if (args.Length > 3)
{
    File.WriteAllText(args[3], SummaryHtml.Render(summary, "Cohort summary"));
}

static string Share(CancerSummary cancer, int count) => $"{count} of {cancer.Profiles} ({cancer.Percent(count):0.0}%)";
