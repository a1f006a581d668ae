using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Integration;

/// <summary><see cref="OncoExplainer.Create"/> with options: the same checks and the same copy-on-create as the DI path.</summary>
public sealed class HostFreeOptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("fr/CA")]
    [InlineData("-fr")]
    public void A_malformed_default_culture_is_rejected(string culture)
    {
        var error = Assert.Throws<ArgumentException>(() => OncoExplainer.Create(new OncoExplainOptions { DefaultCulture = culture }));

        Assert.Contains("DefaultCulture", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr-CA")]
    [InlineData("sr-Latn-RS")]
    [InlineData("zh_Hant")]
    public void Well_formed_culture_names_are_accepted_even_when_no_texts_ship_for_them(string culture)
    {
        var explanation = OncoExplainer.Create(new OncoExplainOptions { DefaultCulture = culture }).Explain(Profiles.Pancreatic());

        Assert.Equal(culture, explanation.RequestedCulture);
        Assert.Equal(SupportedCultures.Resolve(culture), explanation.Culture);
    }

    [Fact]
    public void An_override_for_a_key_that_does_not_exist_is_rejected()
    {
        var options = new OncoExplainOptions();
        options.TextOverrides.Add("en", "Label.Sumary", "At a glance");

        var error = Assert.Throws<ArgumentException>(() => OncoExplainer.Create(options));

        Assert.Contains("'Label.Sumary' (en) is not a text key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_with_a_placeholder_the_original_lacks_is_rejected_and_one_that_keeps_them_is_used()
    {
        var wrong = new OncoExplainOptions();
        wrong.TextOverrides.Add("fr", "Disclaimer", "Version {version}, {today}.");
        var right = new OncoExplainOptions();
        right.TextOverrides.Add("en", "Disclaimer", "For learning only (knowledge {version}, {date}).");

        var error = Assert.Throws<ArgumentException>(() => OncoExplainer.Create(wrong));
        var explanation = OncoExplainer.Create(right).Explain(Profiles.Pancreatic());

        Assert.Contains("{today}", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"For learning only (knowledge {KnowledgeBase.Current.Version}, ", explanation.Disclaimer, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_options_after_create_does_not_change_the_explainer()
    {
        var options = new OncoExplainOptions();
        options.TextOverrides.Add("en", "Label.Summary", "At a glance");
        var explainer = OncoExplainer.Create(options);

        options.TextOverrides.Add("en", "Label.Summary", "Changed later");
        options.DefaultAudience = Audience.Clinician;
        options.DefaultCulture = "fr";
        var explanation = explainer.Explain(Profiles.Pancreatic());

        Assert.Equal("At a glance", explanation.Labels.Summary);
        Assert.Equal(Audience.Caregiver, explanation.Audience);
        Assert.Equal("en", explanation.RequestedCulture);
    }

    [Fact]
    public void The_snapshot_copies_every_setting()
    {
        var options = new OncoExplainOptions { DefaultCulture = "de", DefaultAudience = Audience.Clinician, ThrowOnMissingText = true };
        options.TextOverrides.Add("de", "Label.Summary", "Kurz gesagt");

        var copy = options.Snapshot();
        options.TextOverrides.Add("de", "Disclaimer", "later");

        Assert.NotSame(options.TextOverrides, copy.TextOverrides);
        Assert.Equal(("de", Audience.Clinician, true, 1), (copy.DefaultCulture, copy.DefaultAudience, copy.ThrowOnMissingText, copy.TextOverrides.Count));
    }
}
