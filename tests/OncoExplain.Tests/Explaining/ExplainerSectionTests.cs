using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Explaining;

public sealed class ExplainerSectionTests
{
    private static readonly IExplainer Explainer = OncoExplainer.Create(new OncoExplainOptions { ThrowOnMissingText = true });

    private static ExplanationSection Section(Explanation explanation, string id) => Assert.Single(explanation.Sections, s => s.Id == id);

    private static string Text(ExplanationSection section) => string.Join(" ", section.Paragraphs);

    [Fact]
    public void Pancreatic_sections_come_in_reading_order()
    {
        var explanation = Explainer.Explain(Profiles.Pancreatic(GeneVariant.Of("KRAS", "p.G12D")));

        Assert.Equal(
            ["kras-switch", "stroma", "immune-desert", "scavenging", "early-spread", "chemo-response", "treatment-picture"],
            explanation.Sections.Select(s => s.Id));
    }

    [Fact]
    public void The_stuck_switch_names_the_profiles_own_variant()
    {
        var text = Text(Section(Explainer.Explain(Profiles.Pancreatic(GeneVariant.Of("KRAS", "p.G12V"))), "kras-switch"));

        Assert.Contains("KRAS G12V", text, StringComparison.Ordinal);
        Assert.Contains("glue", text, StringComparison.Ordinal);
        Assert.Contains("2 or 3 in 10", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kras_wild_type_pancreatic_tumour_does_not_get_the_stuck_switch_story()
    {
        var profile = Profiles.Pancreatic(new Biomarkers(negativeGenes: ["KRAS"]));

        var text = Text(Section(Explainer.Explain(profile), "kras-switch"));

        Assert.DoesNotContain("glue", text, StringComparison.Ordinal);
        Assert.Contains("no KRAS change was found", text, StringComparison.Ordinal);
        Assert.Contains("NRG1", text, StringComparison.Ordinal);
        Assert.Contains("RNA", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_untested_kras_is_said_to_be_unknown_not_normal()
    {
        var text = Text(Section(Explainer.Explain(Profiles.Pancreatic(Biomarkers.None)), "kras-switch"));

        Assert.Contains("We do not know yet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no KRAS change was found", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_msi_high_pancreatic_tumour_hears_that_the_immune_picture_is_different()
    {
        var profile = Profiles.Pancreatic(new Biomarkers(msi: MsiStatus.High));

        var text = Text(Section(Explainer.Explain(profile), "immune-desert"));

        Assert.Contains("This tumour is different", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rarely help here", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ras_mutant_colorectal_tumour_hears_why_anti_egfr_drugs_are_not_used()
    {
        var profile = Profiles.Colorectal(new Biomarkers(variants: [GeneVariant.Of("KRAS", "p.G12D")]));

        var text = Text(Section(Explainer.Explain(profile), "ras-switch"));

        Assert.Contains("KRAS G12D", text, StringComparison.Ordinal);
        Assert.Contains("not used for this tumour", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PrimarySite.SigmoidColon, "as it did here")]
    [InlineData(PrimarySite.Caecum, "right side of the bowel")]
    [InlineData(PrimarySite.TransverseColon, "Where the cancer started also matters")]
    public void A_ras_wild_type_colorectal_tumour_hears_about_its_side(PrimarySite site, string expected)
    {
        var profile = Profiles.Colorectal(new Biomarkers(negativeGenes: ["KRAS", "NRAS"]), primary: site);

        Assert.Contains(expected, Text(Section(Explainer.Explain(profile), "ras-switch")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_half_tested_ras_is_called_partial_and_not_wild_type()
    {
        var profile = Profiles.Colorectal(new Biomarkers(negativeGenes: ["KRAS"]));

        var text = Text(Section(Explainer.Explain(profile), "ras-switch"));

        Assert.Contains("extended RAS testing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("inner switch works normally", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "can be removed")]
    [InlineData(false, "cannot be removed now")]
    [InlineData(null, "does not say whether a liver surgeon")]
    public void Liver_surgery_is_told_for_the_profile(bool? resectable, string expected)
    {
        var profile = Profiles.Colorectal(Biomarkers.None, resectable: resectable);

        Assert.Contains(expected, Text(Section(Explainer.Explain(profile), "liver-surgery")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_liver_spread_there_is_no_liver_surgery_or_tolerance_section()
    {
        var profile = Profiles.Colorectal(Biomarkers.None, sites: [MetastaticSite.Lung]);

        var ids = Explainer.Explain(profile).Sections.Select(s => s.Id).ToList();

        Assert.DoesNotContain("liver-surgery", ids);
        Assert.DoesNotContain("liver-tolerance", ids);
        Assert.Contains("portal-vein", ids);
    }

    [Fact]
    public void Drivers_section_appears_only_for_braf_g12c_or_her2()
    {
        var none = Explainer.Explain(Profiles.Colorectal(new Biomarkers(negativeGenes: ["KRAS", "NRAS", "BRAF"])));
        var braf = Explainer.Explain(Profiles.Colorectal(new Biomarkers(variants: [GeneVariant.Of("BRAF", "p.V600E")])));

        Assert.DoesNotContain(none.Sections, s => s.Id == "tumour-drivers");
        Assert.Contains("encorafenib", Text(Section(braf, "tumour-drivers")), StringComparison.Ordinal);
    }

    [Fact]
    public void Msi_result_is_said_for_this_profile()
    {
        string Msi(MsiStatus? msi) => Text(Section(Explainer.Explain(Profiles.Colorectal(new Biomarkers(msi: msi))), "msi-divide"));

        Assert.Contains("is broken", Msi(MsiStatus.High), StringComparison.Ordinal);
        Assert.Contains("spell-checker works", Msi(MsiStatus.Stable), StringComparison.Ordinal);
        Assert.Contains("We do not know this result yet", Msi(null), StringComparison.Ordinal);
    }
}
