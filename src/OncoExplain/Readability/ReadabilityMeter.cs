using System.Globalization;
using OncoExplain.Readability;

namespace OncoExplain;

/// <summary>
/// Measures the readability of plain text in English, French, Spanish, German, Italian or Portuguese.
/// </summary>
/// <remarks>
/// <para>Pure, deterministic and thread-safe: no ambient culture, no I/O, no reflection, no shared mutable state. One pass
/// over the text; the only allocations are the returned report and its score array (words longer than 128 characters
/// borrow a pooled buffer).</para>
/// <para>The language comes from the culture name alone (<c>fr-CA</c> → French, <c>pt-BR</c> → Portuguese), so the result
/// does not depend on ICU or invariant-globalization mode. Other languages are measured with the English rules and the
/// report says so (<see cref="ReadabilityReport.IsLanguageFallback"/>).</para>
/// <para>Text is expected in Unicode normalization form C; Markdown or HTML markup should be removed first, except that
/// "#" headings and "-", "*", "1." list marks at the start of a line are understood as sentence boundaries.</para>
/// </remarks>
public static class ReadabilityMeter
{
    /// <summary>Measures a text for a culture.</summary>
    /// <param name="text">Plain text.</param>
    /// <param name="culture">The culture of the text; only the language part of its name is used.</param>
    /// <returns>The counts and scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public static ReadabilityReport Measure(string text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        return Measure(text.AsSpan(), culture.Name);
    }

    /// <summary>Measures a text for a culture name such as <c>en</c>, <c>fr-CA</c> or <c>pt-BR</c>.</summary>
    /// <param name="text">Plain text.</param>
    /// <param name="cultureName">A BCP 47 culture name; works without creating a <see cref="CultureInfo"/>, so also in
    /// invariant-globalization mode.</param>
    /// <returns>The counts and scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="cultureName"/> is <see langword="null"/>.</exception>
    public static ReadabilityReport Measure(string text, string cultureName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Measure(text.AsSpan(), cultureName);
    }

    /// <summary>Measures a span of text for a culture name, without copying it.</summary>
    /// <param name="text">Plain text.</param>
    /// <param name="cultureName">A BCP 47 culture name such as <c>de-AT</c>.</param>
    /// <returns>The counts and scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cultureName"/> is <see langword="null"/>.</exception>
    public static ReadabilityReport Measure(ReadOnlySpan<char> text, string cultureName)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        var language = LanguageResolver.Resolve(cultureName, out var isFallback);
        var counts = TextScanner.Count(text, LanguageProfile.For(language));
        return new ReadabilityReport(cultureName, language, isFallback, counts);
    }

    /// <summary>The counts a text in this culture yields, without the report.</summary>
    internal static TextCounts Count(ReadOnlySpan<char> text, string cultureName) =>
        TextScanner.Count(text, LanguageProfile.For(LanguageResolver.Resolve(cultureName, out _)));

    /// <summary>The report for counts already taken (for example the sum of several texts' counts).</summary>
    internal static ReadabilityReport FromCounts(string cultureName, in TextCounts counts) =>
        new(cultureName, LanguageResolver.Resolve(cultureName, out var isFallback), isFallback, counts);
}
