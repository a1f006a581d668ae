namespace OncoExplain;

/// <summary>
/// The fallback chain of a culture name, walked by name rather than through <see cref="System.Globalization.CultureInfo.Parent"/>
/// so it behaves the same with or without ICU: <c>fr-CA</c> → <c>fr</c> → neutral (English).
/// </summary>
public static class CultureChain
{
    /// <summary>The neutral culture's name: the texts written in English.</summary>
    public const string Neutral = "en";

    /// <summary>The names to try, most specific first, always ending with <see cref="Neutral"/>.</summary>
    /// <param name="cultureName">A culture name such as <c>pt-BR</c> or <c>fr-CA</c>; empty means neutral.</param>
    /// <returns>For <c>sr-Latn-RS</c>: <c>sr-Latn-RS</c>, <c>sr-Latn</c>, <c>sr</c>, <c>en</c>.</returns>
    public static IReadOnlyList<string> For(string? cultureName)
    {
        var chain = new List<string>(4);
        var name = (cultureName ?? string.Empty).Trim().Replace('_', '-');
        while (name.Length > 0)
        {
            if (!chain.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                chain.Add(name);
            }

            var dash = name.LastIndexOf('-');
            name = dash < 0 ? string.Empty : name[..dash];
        }

        if (!chain.Contains(Neutral, StringComparer.OrdinalIgnoreCase))
        {
            chain.Add(Neutral);
        }

        return chain;
    }
}
