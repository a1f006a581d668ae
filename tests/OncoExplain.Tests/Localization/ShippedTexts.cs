using System.Text.RegularExpressions;

namespace OncoExplain.Tests.Localization;

/// <summary>Access to the shipped texts of every culture, for completeness checks.</summary>
internal static partial class ShippedTexts
{
    public static IReadOnlyList<string> Keys { get; } = [.. TextCatalog.NeutralKeys()];

    public static IEnumerable<string> Translations => SupportedCultures.Names.Where(c => c != CultureChain.Neutral);

    public static string English(string key) => TextCatalog.ShippedText(CultureChain.Neutral, key)!;

    public static string? In(string culture, string key) => TextCatalog.ShippedText(culture, key);

    public static IEnumerable<(string Key, string Text)> All(string culture) =>
        Keys.Select(k => (k, In(culture, k))).Where(p => p.Item2 is not null).Select(p => (p.k, p.Item2!));

    /// <summary>
    /// A text may stay identical to English only when it is a name: at most one ordinary lower-case word
    /// (KRAS, FOLFIRINOX, "regorafenib", "{test}. {why}").
    /// </summary>
    public static bool MayStayEnglish(string english) => OrdinaryWord().Count(english.Replace("{", " {", StringComparison.Ordinal)) <= 1;

    [GeneratedRegex(@"(?<![{\p{L}])\p{Ll}{3,}(?!\p{L})")]
    private static partial Regex OrdinaryWord();
}
