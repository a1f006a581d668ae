namespace OncoExplain.Tests.Text;

public sealed class CultureChainTests
{
    [Theory]
    [InlineData("fr-CA", "fr-CA|fr|en")]
    [InlineData("pt-BR", "pt-BR|pt|en")]
    [InlineData("sr-Latn-RS", "sr-Latn-RS|sr-Latn|sr|en")]
    [InlineData("en-GB", "en-GB|en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    [InlineData("de_AT", "de-AT|de|en")]
    public void Walks_by_name_to_english(string? culture, string expected) =>
        Assert.Equal(expected, string.Join('|', CultureChain.For(culture)));

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("ja-JP", "en")]
    [InlineData("xx", "en")]
    public void Unshipped_cultures_resolve_to_a_shipped_one(string requested, string used) =>
        Assert.Equal(used, SupportedCultures.Resolve(requested));
}
