using OncoExplain.Tests.Localization;

namespace OncoExplain.Tests.Safety;

/// <summary>
/// Clinical safety of the text in every shipped language: no directive phrasing, no promise of cure, survival figures
/// only as medians, and the disclaimer and knowledge version in every output and format.
/// </summary>
public sealed class TextSafetyTests
{
    public static TheoryData<string> Cultures() => [.. SupportedCultures.Names];

    [Fact]
    public void Every_shipped_culture_has_its_safety_lists()
    {
        Assert.All(SupportedCultures.Names, culture => Assert.NotNull(SafetyLanguages.For(culture)));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void No_shipped_text_is_directive_or_promises_a_cure(string culture)
    {
        var language = SafetyLanguages.For(culture)!;

        var offending = ShippedTexts.All(culture)
            .Select(t => (t.Key, Form: language.FindForbidden(t.Text)))
            .Where(t => t.Form is not null)
            .Select(t => $"{t.Key}: \"{t.Form}\"");

        Assert.Empty(offending);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Months_in_figures_appear_only_with_half_or_median_in_the_same_text(string culture)
    {
        var language = SafetyLanguages.For(culture)!;

        var offending = ShippedTexts.All(culture)
            .Where(t => language.HasMonthsFigure(t.Text) && !language.SaysMedian(t.Text) && !SafetyLanguages.MonthsAllowed.ContainsKey(t.Key))
            .Select(t => $"{t.Key}: {t.Text}");

        Assert.Empty(offending);
    }

    [Fact]
    public void The_months_allow_list_names_texts_that_exist_and_need_it()
    {
        Assert.All(SafetyLanguages.MonthsAllowed.Keys, key =>
        {
            var english = ShippedTexts.English(key);
            Assert.True(SafetyLanguages.For(CultureChain.Neutral)!.HasMonthsFigure(english), key);
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Rendered_examples_are_not_directive_and_promise_no_cure(string culture)
    {
        var language = SafetyLanguages.For(culture)!;

        var offending = RenderedOutputs.For(culture)
            .Where(o => o.Format == ExplanationFormat.Text)
            .Select(o => (o.Example, Form: language.FindForbidden(o.Output.Replace(o.Explanation.Id ?? "\0", string.Empty, StringComparison.Ordinal))))
            .Where(o => o.Form is not null)
            .Select(o => $"{o.Example}: \"{o.Form}\"");

        Assert.Empty(offending);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_output_in_every_format_carries_the_disclaimer_and_the_knowledge_version(string culture)
    {
        var outputs = RenderedOutputs.For(culture).Concat(RenderedOutputs.For(culture, Audience.Clinician)).ToList();

        Assert.NotEmpty(outputs);
        Assert.All(outputs, o =>
        {
            var visible = RenderedOutputs.Visible(o.Output);
            Assert.Equal(culture, o.Explanation.Culture);
            Assert.Equal(KnowledgeBase.Current.Version, o.Explanation.KnowledgeVersion);
            Assert.True(visible.Contains(KnowledgeBase.Current.Version, StringComparison.Ordinal), $"{o.Example} {o.Format}: no knowledge version");
            Assert.True(visible.Contains(RenderedOutputs.Visible(o.Explanation.Disclaimer), StringComparison.Ordinal), $"{o.Example} {o.Format}: no disclaimer");
            Assert.False(string.IsNullOrWhiteSpace(o.Explanation.Disclaimer));
        });
    }
}
