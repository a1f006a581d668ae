namespace OncoExplain.Tests.Localization;

/// <summary>Every shipped culture has every text, with the same placeholders, and nothing left in English.</summary>
public sealed class ResourceCompletenessTests
{
    public static TheoryData<string> Cultures() => [.. SupportedCultures.Names];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_key_has_a_text(string culture)
    {
        var missing = ShippedTexts.Keys.Where(k => string.IsNullOrWhiteSpace(ShippedTexts.In(culture, k))).ToList();

        Assert.True(missing.Count == 0, $"{culture} lacks {missing.Count} texts: {string.Join(", ", missing.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Placeholders_match_english(string culture)
    {
        var mismatched = ShippedTexts.All(culture)
            .Where(p => !TextTemplate.PlaceholdersOf(p.Text).Order(StringComparer.Ordinal)
                .SequenceEqual(TextTemplate.PlaceholdersOf(ShippedTexts.English(p.Key)).Order(StringComparer.Ordinal)))
            .Select(p => p.Key)
            .ToList();

        Assert.True(mismatched.Count == 0, $"{culture}: placeholders differ from English in {string.Join(", ", mismatched)}");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Nothing_is_left_in_english_beyond_names_and_numbers(string culture)
    {
        if (culture == CultureChain.Neutral)
        {
            return;
        }

        var untranslated = ShippedTexts.All(culture)
            .Where(p => p.Text == ShippedTexts.English(p.Key) && !ShippedTexts.MayStayEnglish(p.Text))
            .Select(p => p.Key)
            .ToList();

        Assert.True(untranslated.Count == 0, $"{culture}: identical to English: {string.Join(", ", untranslated)}");
    }

    [Fact]
    public void The_shipped_cultures_are_english_plus_the_promised_languages()
    {
        Assert.Equal(CultureChain.Neutral, SupportedCultures.Names[0]);
        Assert.All(SupportedCultures.Names, c => Assert.NotNull(TextCatalog.ShippedText(c, "Disclaimer")));
    }
}
