using OncoExplain.Cohorts;

namespace OncoExplain.Tests.Cohorts;

public class CohortImporterTests
{
    private static CohortImport Import(CohortImportOptions? options = null) => CohortImporter.Import(
        TableSource.FromText("clinical.tsv", CohortFixtures.Clinical),
        [TableSource.FromText("mutations.maf", CohortFixtures.Mutations)],
        options);

    private static TumourProfile Profile(CohortImport import, string id) => import.Profiles.Single(p => p.Id == id);

    [Fact]
    public void Clinical_rows_become_profiles_with_site_stage_tmb_and_cancer()
    {
        var import = Import();

        Assert.Equal(["P-1-T01", "P-2-T01", "P-3-T01", "P-5-T01"], import.Profiles.Select(p => p.Id));
        var first = Profile(import, "P-1-T01");
        Assert.Equal((CancerType.Colorectal, StageGroup.IV, PrimarySite.SigmoidColon, 12.5), (first.Cancer, first.Stage!.Value, first.PrimarySite!.Value, first.Biomarkers.Tmb!.Value));
        Assert.Equal(PrimarySite.Head, Profile(import, "P-5-T01").PrimarySite);
        Assert.Contains(import.Issues, i => i is { Code: ImportIssueCodes.CancerNotCovered, Line: 7 });
        Assert.Contains(import.Issues, i => i is { Code: ImportIssueCodes.ValueNotUnderstood, Line: 8 } && i.Message.Contains("TMB 'abc'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("P-1-T01", MsiStatus.High)]
    [InlineData("P-2-T01", MsiStatus.Stable)]
    [InlineData("P-5-T01", MsiStatus.Stable)]
    public void Msi_comes_from_the_status_or_else_the_msisensor_score_at_10(string id, MsiStatus expected)
    {
        Assert.Equal(expected, Profile(Import(), id).Biomarkers.Msi);
    }

    [Fact]
    public void An_msisensor_score_between_3_and_10_is_reported_and_left_unknown()
    {
        var import = Import();

        Assert.Null(Profile(import, "P-3-T01").Biomarkers.Msi);
        Assert.Contains(import.Issues, i => i is { Code: ImportIssueCodes.MsiIndeterminate, Line: 6 });
    }

    [Fact]
    public void Without_a_panel_no_gene_is_negative()
    {
        var import = Import();

        Assert.All(import.Profiles, p => Assert.Empty(p.Biomarkers.NegativeGenes));
        Assert.Equal(TestResult.NotTested, Profile(import, "P-1-T01").Biomarkers.Gene("KRAS"));
    }

    [Fact]
    public void With_a_panel_only_sequenced_samples_without_a_variant_are_negative()
    {
        var import = Import(new CohortImportOptions { PanelGenes = ["KRAS", "NRAS", "BRAF", "TP53"] });

        var sequenced = Profile(import, "P-1-T01");
        Assert.Equal(["BRAF", "KRAS", "NRAS", "TP53"], sequenced.Biomarkers.NegativeGenes);
        var mutant = Profile(import, "P-2-T01");
        Assert.Equal(TestResult.Positive, mutant.Biomarkers.Gene("KRAS"));
        Assert.DoesNotContain("TP53", mutant.Biomarkers.NegativeGenes);
        Assert.Empty(Profile(import, "P-3-T01").Biomarkers.NegativeGenes);
        Assert.Equal(3, import.SequencedProfiles);
    }

    [Fact]
    public void Every_unused_mutation_row_is_reported_with_its_line()
    {
        var import = Import();
        var codes = import.Issues.Where(i => i.File == "mutations.maf").Select(i => (i.Line, i.Code));

        Assert.Equal(
            [(4, ImportIssueCodes.InvalidProteinChange), (5, ImportIssueCodes.GeneNotSelected), (7, ImportIssueCodes.NotProteinChanging), (8, ImportIssueCodes.NoMatchingSample)],
            codes);
        Assert.Equal(7, import.MutationRows);
        Assert.Equal(3, import.VariantsUsed);
        Assert.Contains("p.X126_splice", import.Issues.Single(i => i.Code == ImportIssueCodes.InvalidProteinChange).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_table_is_joined_to_the_patient_table()
    {
        var patients = "PATIENT_ID\tAGE\tPRIMARY_TUMOR_LOCATION\nP-1\t61\tLeft\nP-2\t70\tRight\n";
        var samples = "PATIENT_ID\tSAMPLE_ID\tCANCER_TYPE\tMSI_TYPE\nP-1\tS-1\tColorectal Cancer\tInstable\nP-2\tS-2\tColorectal Cancer\tStable\nP-7\tS-7\tColorectal Cancer\tDo not report\n";

        var import = CohortImporter.Import(TableSource.FromText("patients", patients), [TableSource.FromText("maf", "Hugo_Symbol\tTumor_Sample_Barcode\tHGVSp_Short\n")], samples: TableSource.FromText("samples", samples));

        Assert.Equal([("S-1", 61, PrimarySite.LeftColon, MsiStatus.High), ("S-2", 70, PrimarySite.RightColon, MsiStatus.Stable)],
            import.Profiles.Take(2).Select(p => (p.Id!, p.Age!.Value, p.PrimarySite!.Value, p.Biomarkers.Msi!.Value)));
        Assert.Null(import.Profiles[2].Biomarkers.Msi);
        Assert.Contains(import.Issues, i => i is { File: "samples", Line: 4, Code: ImportIssueCodes.PatientNotFound });
        Assert.Contains(import.Issues, i => i is { File: "samples", Line: 4, Code: ImportIssueCodes.MsiIndeterminate });
    }

    [Fact]
    public void Tcga_barcodes_match_the_patient_or_sample_id()
    {
        var clinical = "Patient ID\tSample ID\tOncotree Code\tICD-10 Classification\tInternational Classification of Diseases for Oncology, Third Edition ICD-O-3 Site Code\n"
            + "TCGA-AA-0001\tTCGA-AA-0001-01\tCOAD\tC18.0\tC18.2\n";
        var maf = "Hugo_Symbol\tTumor_Sample_Barcode\tProtein_Change\nBRAF\tTCGA-AA-0001-01A-11D-A40W-08\tp.V600E\n";

        var import = CohortImporter.Import(TableSource.FromText("c", clinical), [TableSource.FromText("m", maf)]);

        var profile = Assert.Single(import.Profiles);
        Assert.Equal(PrimarySite.AscendingColon, profile.PrimarySite);
        Assert.Equal(TestResult.Positive, profile.Biomarkers.Gene("BRAF"));
        Assert.Empty(import.Issues);
    }

    [Fact]
    public void A_mutation_table_without_a_protein_column_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => CohortImporter.Import(
            TableSource.FromText("c", CohortFixtures.Clinical), [TableSource.FromText("m", "Hugo_Symbol\tTumor_Sample_Barcode\nKRAS\tP-1\n")]));
    }

    [Fact]
    public void Imported_profiles_write_as_valid_profile_json()
    {
        foreach (var profile in Import(new CohortImportOptions { PanelGenes = ["KRAS"] }).Profiles)
        {
            Assert.Equal(profile, ProfileJson.Read(ProfileJson.Write(profile)).Profile);
        }
    }
}
