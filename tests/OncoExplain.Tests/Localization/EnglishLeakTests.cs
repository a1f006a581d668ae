using System.Text.RegularExpressions;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Localization;

/// <summary>A whole explanation in another language contains no English sentences (function words give them away).</summary>
public sealed partial class EnglishLeakTests
{
    private static readonly string[] EnglishOnlyWords = ["the", "and", "with", "this", "which", "tumour", "treatment", "because", "there", "should", "would", "been", "about", "when"];

    public static TheoryData<string, string> CulturesAndExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in ShippedTexts.Translations)
        {
            foreach (var example in Profiles.ExampleFiles())
            {
                data.Add(culture, example);
            }
        }

        return data;
    }

    [Fact]
    public void Every_translation_is_checked() =>
        Assert.Equal(ShippedTexts.Translations.Count() * Profiles.ExampleFiles().Count(), CulturesAndExamples().Count);

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(CulturesAndExamples))]
    public void No_english_leaks_into_a_translated_explanation(string culture, string example)
    {
        var explanation = OncoExplainer.Create(new OncoExplainOptions { ThrowOnMissingText = true })
            .Explain(Profiles.Example(example), new ExplanationOptions { Culture = culture });

        Assert.Equal(culture, explanation.Culture);
        foreach (var text in ExplanationTexts.Of(explanation))
        {
            var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant());
            var english = words.Intersect(EnglishOnlyWords).ToList();
            Assert.True(english.Count == 0, $"{culture}: English word(s) {string.Join(", ", english)} in: {text}");
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
