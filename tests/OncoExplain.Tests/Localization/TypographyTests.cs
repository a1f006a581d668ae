using System.Text.RegularExpressions;

namespace OncoExplain.Tests.Localization;

/// <summary>Each language's own conventions: French spacing and guillemets, German quotes, Spanish opening marks, decimal commas.</summary>
public sealed partial class TypographyTests
{
    [Fact]
    public void French_puts_a_non_breaking_space_before_double_punctuation_and_uses_guillemets()
    {
        foreach (var (key, text) in TextsOf("fr"))
        {
            Assert.False(SpaceBeforeDoublePunctuation().IsMatch(text), $"fr {key}: ordinary space before : ; ? ! in «{text}»");
            Assert.False(NoSpaceBeforeDoublePunctuation().IsMatch(text), $"fr {key}: no (narrow) non-breaking space before : ; ? ! in «{text}»");
            Assert.DoesNotContain('"', text);
        }
    }

    [Fact]
    public void German_uses_german_quotation_marks()
    {
        foreach (var (key, text) in TextsOf("de"))
        {
            Assert.False(text.Contains('"', StringComparison.Ordinal), $"de {key}: use „…“ instead of \"…\" in {text}");
        }
    }

    [Fact]
    public void Spanish_questions_and_exclamations_open_with_inverted_marks()
    {
        foreach (var (key, text) in TextsOf("es"))
        {
            Assert.Equal(text.Count(c => c == '?'), text.Count(c => c == '¿'));
            Assert.Equal(text.Count(c => c == '!'), text.Count(c => c == '¡'));
            _ = key;
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("de")]
    [InlineData("it")]
    [InlineData("pt-BR")]
    public void Decimal_numbers_use_a_comma(string culture)
    {
        foreach (var (key, text) in TextsOf(culture))
        {
            Assert.False(DecimalPoint().IsMatch(text), $"{culture} {key}: decimal point instead of comma in {text}");
        }
    }

    private static IEnumerable<(string Key, string Text)> TextsOf(string culture) =>
        SupportedCultures.IsShipped(culture) ? ShippedTexts.All(culture) : [];

    [GeneratedRegex(@"(?<=\S) [:;?!](?=\s|$)")]
    private static partial Regex SpaceBeforeDoublePunctuation();

    [GeneratedRegex(@"(?<=[\p{L}\d)»])[;?!](?=\s|$)|(?<=[\p{L}»])[:](?=\s|$)")]
    private static partial Regex NoSpaceBeforeDoublePunctuation();

    [GeneratedRegex(@"(?<![\w.])\d+\.\d+(?![\w.])")]
    private static partial Regex DecimalPoint();
}
