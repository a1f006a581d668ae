namespace OncoExplain.Tests.Text;

public sealed class TextCatalogTests
{
    [Fact]
    public void Every_neutral_text_is_non_empty_and_has_well_formed_placeholders()
    {
        var keys = TextCatalog.NeutralKeys().ToList();

        Assert.True(keys.Count > 200, $"only {keys.Count} keys");
        foreach (var key in keys)
        {
            var text = TextCatalog.ShippedText(CultureChain.Neutral, key);
            Assert.False(string.IsNullOrWhiteSpace(text), key);
            Assert.Equal(text!.Count(c => c == '{'), text.Count(c => c == '}'));
            Assert.All(TextTemplate.PlaceholdersOf(text), p => Assert.Matches("^[a-z][a-zA-Z0-9]*$", p));
        }
    }

    [Fact]
    public void An_override_for_a_language_covers_its_regional_cultures()
    {
        var overrides = new TextOverrides().Add("en", "Label.Summary", "At a glance");

        Assert.Equal("At a glance", new TextCatalog("en-GB", overrides)["Label.Summary"]);
        Assert.Equal("In short", new TextCatalog("en-GB", null)["Label.Summary"]);
    }

    [Fact]
    public void A_missing_key_throws_rather_than_printing_the_key()
    {
        var texts = new TextCatalog("en", null);

        var error = Assert.Throws<MissingTextException>(() => texts["No.Such.Key"]);
        Assert.Contains("No.Such.Key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_are_filled_by_name_and_a_missing_value_is_an_error()
    {
        var texts = new TextCatalog("en", null);

        Assert.Equal("KRAS and NRAS", texts.Get("List.Pair", ("first", "KRAS"), ("second", "NRAS")));
        Assert.Throws<MissingTextException>(() => texts.Get("List.Pair", ("first", "KRAS")));
    }

    [Fact]
    public void The_culture_used_is_reported()
    {
        Assert.Equal(SupportedCultures.Resolve("fr-CA"), new TextCatalog("fr-CA", null).CultureUsed);
        Assert.Equal("en", new TextCatalog("en-US", null).CultureUsed);
        Assert.Equal("en", new TextCatalog("ja-JP", null).CultureUsed);
    }
}
