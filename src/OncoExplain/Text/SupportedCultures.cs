namespace OncoExplain;

/// <summary>The cultures whose texts ship with the package.</summary>
public static class SupportedCultures
{
    /// <summary>The culture names with a complete set of texts, neutral English first.</summary>
    public static IReadOnlyList<string> Names { get; } = [CultureChain.Neutral, "fr", "es", "de", "pt-BR", "it"];

    /// <summary>Whether a complete set of texts ships for this exact culture name.</summary>
    /// <param name="cultureName">A culture name.</param>
    /// <returns><see langword="true"/> when shipped.</returns>
    public static bool IsShipped(string cultureName) => Names.Contains(cultureName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The shipped culture an explanation for <paramref name="cultureName"/> is written in (<c>fr-CA</c> → <c>fr</c>).</summary>
    /// <param name="cultureName">The requested culture name.</param>
    /// <returns>The name of the shipped culture used.</returns>
    public static string Resolve(string? cultureName)
    {
        foreach (var candidate in CultureChain.For(cultureName))
        {
            var shipped = Names.FirstOrDefault(n => string.Equals(n, candidate, StringComparison.OrdinalIgnoreCase));
            if (shipped is not null)
            {
                return shipped;
            }
        }

        return CultureChain.Neutral;
    }
}
