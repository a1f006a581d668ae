namespace OncoExplain.Tests.Model;

public sealed class TumourProfileTests
{
    [Fact]
    public void Absent_values_mean_not_tested_never_negative()
    {
        var profile = new TumourProfile(CancerType.Colorectal);

        Assert.Equal(TestResult.NotTested, profile.Biomarkers.Gene("KRAS"));
        Assert.Equal(TestResult.NotTested, profile.Biomarkers.MsiHighOrMmrDeficient);
        Assert.Equal(TestResult.NotTested, profile.Biomarkers.TmbHigh);
        Assert.Equal(TestResult.NotTested, profile.Biomarkers.Her2Positive);
        Assert.Equal(TestResult.NotTested, profile.Biomarkers.Fusion("NRG1"));
        Assert.Null(profile.HasLiverMetastases);
        Assert.Equal(Sidedness.Unknown, profile.Sidedness);
    }

    [Fact]
    public void Gene_results_follow_variants_and_negative_genes()
    {
        var biomarkers = new Biomarkers(
            variants: [GeneVariant.Of("KRAS", "p.G12D"), GeneVariant.Of("TP53", "p.R175H")],
            negativeGenes: ["nras", "BRAF"]);

        Assert.Equal(TestResult.Positive, biomarkers.Gene("KRAS"));
        Assert.Equal(TestResult.Inconclusive, biomarkers.Gene("TP53"));
        Assert.Equal(TestResult.Negative, biomarkers.Gene("NRAS"));
        Assert.Equal(TestResult.NotTested, biomarkers.Gene("HER2"));
    }

    [Fact]
    public void Significance_is_inferred_for_hotspots_and_truncating_tumour_suppressor_changes()
    {
        var kras = GeneVariant.Of("KRAS", "p.G12D");
        var brca2 = GeneVariant.Of("BRCA2", "p.S1982Rfs*22", VariantOrigin.Germline);
        var other = GeneVariant.Of("KRAS", "p.A18D");

        Assert.Equal((ClinicalSignificance.Pathogenic, SignificanceBasis.KnownHotspot), (kras.Significance, kras.SignificanceBasis));
        Assert.Equal((ClinicalSignificance.LikelyPathogenic, SignificanceBasis.TruncatingInTumourSuppressor), (brca2.Significance, brca2.SignificanceBasis));
        Assert.Equal((ClinicalSignificance.Uncertain, SignificanceBasis.NotInferable), (other.Significance, other.SignificanceBasis));
    }

    [Fact]
    public void Contradictions_and_out_of_range_values_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Biomarkers(variants: [GeneVariant.Of("KRAS", "p.G12D")], negativeGenes: ["KRAS"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TumourProfile(CancerType.Pancreatic, ecog: 5));
        Assert.Throws<ArgumentException>(() => new TumourProfile(CancerType.Pancreatic, primarySite: PrimarySite.Rectum));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Biomarkers(tmb: -1));
    }

    [Theory]
    [InlineData(PrimarySite.Caecum, Sidedness.Right)]
    [InlineData(PrimarySite.HepaticFlexure, Sidedness.Right)]
    [InlineData(PrimarySite.TransverseColon, Sidedness.Unknown)]
    [InlineData(PrimarySite.SplenicFlexure, Sidedness.Left)]
    [InlineData(PrimarySite.Rectum, Sidedness.Left)]
    public void Colorectal_sites_are_sided(PrimarySite site, Sidedness side) =>
        Assert.Equal(side, new TumourProfile(CancerType.Colorectal, primarySite: site).Sidedness);

    [Fact]
    public void Profiles_with_equal_content_are_equal()
    {
        TumourProfile Make() => new(
            CancerType.Pancreatic,
            metastaticSites: [MetastaticSite.Lung, MetastaticSite.Liver],
            biomarkers: new Biomarkers(variants: [GeneVariant.Of("KRAS", "p.G12D")]),
            treatments: [new TreatmentCourse(Regimen.Parse("folfirinox"), line: 1, weeks: 18, outcome: TreatmentOutcome.Stable)]);

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.Equal([MetastaticSite.Liver, MetastaticSite.Lung], Make().MetastaticSites);
    }

    [Fact]
    public void Regimens_resolve_to_drug_classes()
    {
        var regimen = Regimen.Parse("FOLFOX+bevacizumab");

        Assert.Equal("folfox+bevacizumab", regimen.Id);
        Assert.True(regimen.Contains(DrugClasses.Oxaliplatin));
        Assert.True(regimen.Contains(DrugClasses.Platinum));
        Assert.True(regimen.Contains(DrugClasses.AntiVegf));
        Assert.False(regimen.Contains(DrugClasses.Irinotecan));
        Assert.False(Regimen.TryParse("folfox+unicorn", out _, out var error));
        Assert.Contains("'unicorn'", error, StringComparison.Ordinal);
    }
}
