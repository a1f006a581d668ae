namespace OncoExplain.Readability;

/// <summary>
/// Maps a culture name to the language whose readability rules apply, from the name alone (<c>fr-CA</c> → French), so the
/// result is the same with ICU, NLS or invariant globalization and never walks <c>CultureInfo.Parent</c>.
/// </summary>
internal static class LanguageResolver
{
    public static ReadabilityLanguage Resolve(ReadOnlySpan<char> cultureName, out bool isFallback)
    {
        var end = cultureName.IndexOfAny('-', '_');
        var code = (end < 0 ? cultureName : cultureName[..end]).Trim();
        isFallback = false;
        if (Is(code, "en", "eng"))
        {
            return ReadabilityLanguage.English;
        }

        if (Is(code, "fr", "fra", "fre"))
        {
            return ReadabilityLanguage.French;
        }

        if (Is(code, "es", "spa"))
        {
            return ReadabilityLanguage.Spanish;
        }

        if (Is(code, "de", "deu", "ger"))
        {
            return ReadabilityLanguage.German;
        }

        if (Is(code, "it", "ita"))
        {
            return ReadabilityLanguage.Italian;
        }

        if (Is(code, "pt", "por"))
        {
            return ReadabilityLanguage.Portuguese;
        }

        isFallback = true;
        return ReadabilityLanguage.English;
    }

    private static bool Is(ReadOnlySpan<char> code, string twoLetter, string threeLetter, string? alternative = null) =>
        code.Equals(twoLetter, StringComparison.OrdinalIgnoreCase)
        || code.Equals(threeLetter, StringComparison.OrdinalIgnoreCase)
        || (alternative is not null && code.Equals(alternative, StringComparison.OrdinalIgnoreCase));
}
