using System.Diagnostics;
using OncoExplain.Cohorts;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Cohorts;

/// <summary>
/// Import, batch and summary over the real cohorts in ../shared/data/cohorts (skipped when absent). The figures asserted
/// are ranges that the published cohorts support (RAS mutant in roughly 40–55% of colorectal cancers, KRAS in over 85% of
/// pancreatic cancers), so a broken join or a lost negative shows up; timings go to the test output.
/// </summary>
public class RealCohortTests
{
    private static (CohortImport Import, CohortSummary Summary) Run(string label, Func<CohortImport> import)
    {
        var clock = Stopwatch.StartNew();
        var imported = import();
        var importTime = clock.Elapsed;
        var summary = CohortSummary.Of(CohortBatch.EvaluateProfiles(imported.Profiles));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{label}: {imported.Profiles.Length} profiles imported in {importTime.TotalMilliseconds:0} ms, evaluated and summarized in {(clock.Elapsed - importTime).TotalMilliseconds:0} ms");
        TestContext.Current.TestOutputHelper?.WriteLine(SummaryTable.Render(summary));
        return (imported, summary);
    }

    [Fact]
    public void Msk_metastatic_colorectal_2017()
    {
        var clinical = SharedData.RequireFile("cohorts/crc-msk-2017-clinical/crc_msk_2017_clinical_decoded.tsv");
        var snv = SharedData.RequireFile("cohorts/msk-impact-2017-snv/impact2017_colorectal_pancreatic_snv.tsv");

        var (import, summary) = Run("MSK mCRC 2017", () => CohortImporter.Import(
            TableSource.FromFile(clinical),
            [TableSource.FromFile(snv)],
            new CohortImportOptions { Cancer = CancerType.Colorectal, Stage = StageGroup.IV, PanelGenes = ["KRAS", "NRAS", "BRAF"] }));
        var crc = summary.For(CancerType.Colorectal)!;

        Assert.InRange(import.Profiles.Length, 1000, 1115);
        Assert.Equal(import.ClinicalRows, import.Profiles.Length + import.Issues.Count(i => i.Code is ImportIssueCodes.DuplicateId or ImportIssueCodes.MissingId));
        Assert.InRange(crc.Percent(crc.Count(CohortMarkers.Ras, TestResult.Positive)), 35, 55);
        Assert.InRange(crc.Percent(crc.Count(CohortMarkers.LeftSidedPrimary, TestResult.Positive)), 60, 75);
        Assert.InRange(crc.Percent(crc.Count(TherapyIds.AntiEgfr, FindingStatus.Candidate)), 20, 45);
        Assert.Equal(crc.Count(TherapyIds.AntiEgfr, FindingStatus.NotACandidate), crc.ReasonsFor(TherapyIds.AntiEgfr)
            .Where(r => r.Status == FindingStatus.NotACandidate && (r.Reasons.Contains("ras-mutant=met", StringComparison.Ordinal) || r.Reasons.Contains("braf-v600e-present=met", StringComparison.Ordinal)))
            .Sum(r => r.Count));
        Assert.Contains(import.Issues, i => i.Code == ImportIssueCodes.InvalidProteinChange && i.Message.Contains("_splice", StringComparison.Ordinal));
    }

    [Fact]
    public void Tcga_colorectal_pancan_atlas_with_firehose_and_mc3_mutations()
    {
        var clinical = SharedData.RequireFile("cohorts/tcga-pancan-clinical/coadread_tcga_pan_can_atlas_2018_clinical_data.tsv");
        var coad = SharedData.RequireFile("cohorts/tcga-mutations/Firehose_COAD.nonsynonymous.maf.tsv.gz");
        var read = SharedData.RequireFile("cohorts/tcga-mutations/MC3_READ.nonsynonymous.maf.tsv.gz");

        var (import, summary) = Run("TCGA COADREAD", () => CohortImporter.Import(
            TableSource.FromFile(clinical), [TableSource.FromFile(coad), TableSource.FromFile(read)], new CohortImportOptions { PanelGenes = ["KRAS", "NRAS", "BRAF"] }));
        var crc = summary.For(CancerType.Colorectal)!;

        Assert.Equal(594, import.Profiles.Length);
        Assert.InRange(import.SequencedProfiles, 400, 594);
        Assert.InRange(100.0 * crc.Count(CohortMarkers.Ras, TestResult.Positive) / crc.Tested(CohortMarkers.Ras), 35, 60);
        Assert.InRange(crc.Percent(crc.Count(CohortMarkers.MsiHighOrDmmr, TestResult.Positive)), 8, 20);
    }

    [Fact]
    public void Tcga_pancreatic_pancan_atlas_with_mc3_mutations()
    {
        var clinical = SharedData.RequireFile("cohorts/tcga-pancan-clinical/paad_tcga_pan_can_atlas_2018_clinical_data.tsv");
        var paad = SharedData.RequireFile("cohorts/tcga-mutations/MC3_PAAD.nonsynonymous.maf.tsv.gz");

        var (import, summary) = Run("TCGA PAAD", () => CohortImporter.Import(
            TableSource.FromFile(clinical), [TableSource.FromFile(paad)], new CohortImportOptions { PanelGenes = ["KRAS", "NRAS", "BRAF"] }));
        var pancreatic = summary.For(CancerType.Pancreatic)!;

        Assert.Equal(184, import.Profiles.Length);
        Assert.InRange(100.0 * pancreatic.Count(CohortMarkers.Kras, TestResult.Positive) / pancreatic.Tested(CohortMarkers.Kras), 55, 95);
    }
}
