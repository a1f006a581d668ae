using System.Collections.Immutable;
using System.Globalization;

namespace OncoExplain;

/// <summary>
/// The readability gate of each language and the threshold of every formula, equivalent to English
/// Flesch-Kincaid grade ≤ 8 (sections) and ≤ 6.5 (summary).
/// </summary>
/// <remarks>
/// <para>Reading-ease scales (Flesch and its French, Spanish, German and Portuguese adaptations) must reach 65 for a section
/// and 75 for the summary: on English text a Flesch Reading Ease of 65 equals Flesch-Kincaid grade 8 at 15.3 words per
/// sentence, and 75 equals grade 6.5 at 14.9 words per sentence (the formulas share their two inputs), and the adaptations
/// were calibrated to read on Flesch's scale. INFLESZ (Szigriszt-Pazos) reaches 60 / 70, the values it takes where
/// Fernández-Huerta is 65 / 75 at 15 words per sentence. Gulpease reaches 60 / 70 (60 = easy for readers with 8 years of
/// school). The Wiener Sachtextformel is itself a school grade: ≤ 8 / ≤ 6.5.</para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class ReadabilityTargets
{
    private static readonly ImmutableArray<ReadabilityTarget> Targets =
    [
        new(ReadabilityFormula.FleschReadingEase, 65, 75, lowerIsEasier: false),
        new(ReadabilityFormula.FleschKincaidGrade, 8, 6.5, lowerIsEasier: true),
        new(ReadabilityFormula.KandelMoles, 65, 75, lowerIsEasier: false),
        new(ReadabilityFormula.FernandezHuerta, 65, 75, lowerIsEasier: false),
        new(ReadabilityFormula.SzigrisztPazos, 60, 70, lowerIsEasier: false),
        new(ReadabilityFormula.Amstad, 65, 75, lowerIsEasier: false),
        new(ReadabilityFormula.WienerSachtextformel, 8, 6.5, lowerIsEasier: true),
        new(ReadabilityFormula.Gulpease, 60, 70, lowerIsEasier: false),
        new(ReadabilityFormula.FleschPortuguese, 65, 75, lowerIsEasier: false),
    ];

    /// <summary>Gets the targets of every formula, in <see cref="ReadabilityFormula"/> order.</summary>
    /// <value>One target per formula.</value>
    public static ImmutableArray<ReadabilityTarget> All => Targets;

    /// <summary>Gets the target of one formula.</summary>
    /// <param name="formula">The formula.</param>
    /// <returns>Its thresholds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formula"/> is not a defined value.</exception>
    public static ReadabilityTarget For(ReadabilityFormula formula) =>
        (uint)formula < (uint)Targets.Length
            ? Targets[(int)formula]
            : throw new ArgumentOutOfRangeException(nameof(formula), formula, "Value is not a defined ReadabilityFormula.");

    /// <summary>Gets the formula a language is gated on, with its thresholds.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Flesch-Kincaid grade (en), Kandel-Moles (fr), Fernández-Huerta (es), Amstad (de), Gulpease (it) or Flesch-Portuguese (pt).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public static ReadabilityTarget Gate(ReadabilityLanguage language) => For(GateFormula(language));

    /// <summary>Gets the gate for a culture name such as <c>fr-CA</c>; unknown languages get the English gate.</summary>
    /// <param name="cultureName">A BCP 47 culture name; only its language part is used.</param>
    /// <returns>The gate of the culture's language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cultureName"/> is <see langword="null"/>.</exception>
    public static ReadabilityTarget Gate(string cultureName)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        return Gate(Readability.LanguageResolver.Resolve(cultureName, out _));
    }

    /// <summary>Gets the gate for a culture; unknown languages get the English gate.</summary>
    /// <param name="culture">The culture; only the language part of its name is used.</param>
    /// <returns>The gate of the culture's language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static ReadabilityTarget Gate(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Gate(culture.Name);
    }

    internal static ReadabilityFormula GateFormula(ReadabilityLanguage language) => language switch
    {
        ReadabilityLanguage.English => ReadabilityFormula.FleschKincaidGrade,
        ReadabilityLanguage.French => ReadabilityFormula.KandelMoles,
        ReadabilityLanguage.Spanish => ReadabilityFormula.FernandezHuerta,
        ReadabilityLanguage.German => ReadabilityFormula.Amstad,
        ReadabilityLanguage.Italian => ReadabilityFormula.Gulpease,
        ReadabilityLanguage.Portuguese => ReadabilityFormula.FleschPortuguese,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Value is not a defined ReadabilityLanguage."),
    };
}
