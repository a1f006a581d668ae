namespace OncoExplain.Tests.Text;

/// <summary>A snapshot catalog (what an explainer caches per culture) gives every text, and every failure, as walking the chain does.</summary>
public sealed class TextCatalogSnapshotTests
{
    public static TheoryData<string, bool> Cultures => new()
    {
        { "en", false },
        { "en-GB", false },
        { "fr-CA", false },
        { "fr-CA", true },
        { "pt-BR", true },
        { "ja-JP", false },
    };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Gives_the_same_text_or_exception_for_every_key(string culture, bool strict)
    {
        var overrides = new TextOverrides().Add("en", "Label.Summary", "At a glance").Add("fr", "Disclaimer", "Texte {version} {date}");
        var walking = new TextCatalog(culture, overrides, strict);
        var snapshot = TextCatalog.Snapshot(culture, overrides, strict);

        Assert.Equal(walking.CultureUsed, snapshot.CultureUsed);
        foreach (var key in TextCatalog.NeutralKeys().Append("No.Such.Key"))
        {
            Assert.Equal(Outcome(() => walking.Raw(key)), Outcome(() => snapshot.Raw(key)));
            Assert.Equal(walking.Has(key), snapshot.Has(key));
        }
    }

    private static string Outcome(Func<string> lookup)
    {
        try
        {
            return "text: " + lookup();
        }
        catch (MissingTextException exception)
        {
            return "missing: " + exception.Message;
        }
    }
}
