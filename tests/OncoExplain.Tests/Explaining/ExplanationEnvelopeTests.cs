using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Explaining;

public sealed class ExplanationEnvelopeTests
{
    private static readonly IExplainer Explainer = OncoExplainer.Create();

    [Fact]
    public void Every_explanation_carries_the_disclaimer_with_knowledge_version_and_date()
    {
        var explanation = Explainer.Explain(Profiles.Pancreatic(GeneVariant.Of("KRAS", "p.G12D")));

        Assert.Equal(KnowledgeBase.Current.Version, explanation.KnowledgeVersion);
        Assert.Contains(KnowledgeBase.Current.Version, explanation.Disclaimer, StringComparison.Ordinal);
        Assert.Contains("not medical advice", explanation.Disclaimer, StringComparison.Ordinal);
        Assert.Contains("2026", explanation.Disclaimer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_culture_actually_used_is_reported()
    {
        var explanation = Explainer.Explain(Profiles.Pancreatic(), new ExplanationOptions { Culture = "ja-JP" });

        Assert.Equal("ja-JP", explanation.RequestedCulture);
        Assert.Equal("en", explanation.Culture);
    }

    [Fact]
    public void The_glossary_defines_terms_that_are_used_and_only_those()
    {
        var explanation = Explainer.Explain(Profiles.Pancreatic(GeneVariant.Of("KRAS", "p.G12D")));
        var terms = explanation.Glossary.Select(g => g.Id).ToList();

        Assert.Contains("kras", terms);
        Assert.Contains("stroma", terms);
        Assert.DoesNotContain("portal-vein", terms);
    }

    [Fact]
    public void Integrator_overrides_replace_single_texts()
    {
        var options = new OncoExplainOptions();
        options.TextOverrides.Add("en", "Label.Summary", "At a glance");

        var explanation = OncoExplainer.Create(options).Explain(Profiles.Pancreatic());

        Assert.Equal("At a glance", explanation.Labels.Summary);
    }

    [Fact]
    public void Caller_id_is_echoed()
    {
        var profile = new TumourProfile(CancerType.Colorectal, id: "patient <b>7</b>");

        Assert.Equal("patient <b>7</b>", Explainer.Explain(profile).Id);
    }
}
