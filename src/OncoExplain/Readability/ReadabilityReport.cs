using System.Collections.Immutable;
using System.Globalization;
using OncoExplain.Readability;

namespace OncoExplain;

/// <summary>
/// The readability of one text in one language: its counts, the score of every formula of that language, and whether
/// it meets the language's gate. Immutable and thread-safe; created by <see cref="ReadabilityMeter"/>.
/// </summary>
/// <remarks>
/// A text without words has every score 0 (textstat's convention) and meets every target: there is nothing hard to read.
/// </remarks>
public sealed class ReadabilityReport
{
    internal ReadabilityReport(string cultureName, ReadabilityLanguage language, bool isLanguageFallback, in TextCounts counts)
    {
        CultureName = cultureName;
        Language = language;
        IsLanguageFallback = isLanguageFallback;
        Sentences = counts.Sentences;
        Words = counts.Words;
        Syllables = counts.Syllables;
        Polysyllables = counts.Polysyllables;
        Monosyllables = counts.Monosyllables;
        LongWords = counts.LongWords;
        Letters = counts.Letters;
        Scores = ReadabilityScoring.Score(language, counts);
        Target = ReadabilityTargets.Gate(language);
    }

    /// <summary>Gets the culture name the text was measured for, as given (e.g. <c>fr-CA</c>).</summary>
    /// <value>The requested culture name; empty for the invariant culture.</value>
    public string CultureName { get; }

    /// <summary>Gets the language whose syllable rules and formulas were used.</summary>
    /// <value>The language of <see cref="CultureName"/>, or <see cref="ReadabilityLanguage.English"/> as a fallback.</value>
    public ReadabilityLanguage Language { get; }

    /// <summary>Gets a value indicating whether the culture's language is not supported and English rules were used instead.</summary>
    /// <value><see langword="true"/> when the scores are English scores of a text in another (or no) language.</value>
    public bool IsLanguageFallback { get; }

    /// <summary>Gets the number of sentences that contain at least one word.</summary>
    /// <value>0 for a text without words, otherwise at least 1.</value>
    public int Sentences { get; }

    /// <summary>Gets the number of words: whitespace-separated tokens that contain a letter or digit (as textstat counts).</summary>
    /// <value>Hyphenated words, contractions, numbers, ranges and gene or HGVS names count as one word each.</value>
    public int Words { get; }

    /// <summary>Gets the number of syllables over all words.</summary>
    /// <value>At least <see cref="Words"/>: every word has at least one syllable.</value>
    public int Syllables { get; }

    /// <summary>Gets the number of words of three or more syllables.</summary>
    /// <value>Between 0 and <see cref="Words"/>.</value>
    public int Polysyllables { get; }

    /// <summary>Gets the number of words of exactly one syllable.</summary>
    /// <value>Between 0 and <see cref="Words"/>.</value>
    public int Monosyllables { get; }

    /// <summary>Gets the number of words of more than six letters or digits.</summary>
    /// <value>Between 0 and <see cref="Words"/>.</value>
    public int LongWords { get; }

    /// <summary>Gets the number of letters and digits inside words (punctuation, apostrophes and spaces excluded).</summary>
    /// <value>At least <see cref="Words"/>.</value>
    public int Letters { get; }

    /// <summary>Gets the average number of words per sentence.</summary>
    /// <value>0 for a text without words.</value>
    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

    /// <summary>Gets the average number of syllables per word.</summary>
    /// <value>0 for a text without words, otherwise at least 1.</value>
    public double SyllablesPerWord => Words == 0 ? 0 : (double)Syllables / Words;

    /// <summary>Gets the average number of letters and digits per word.</summary>
    /// <value>0 for a text without words, otherwise at least 1.</value>
    public double LettersPerWord => Words == 0 ? 0 : (double)Letters / Words;

    /// <summary>Gets a value indicating whether the text has no words.</summary>
    /// <value><see langword="true"/> when <see cref="Words"/> is 0.</value>
    public bool IsEmpty => Words == 0;

    /// <summary>Gets the score of every formula of <see cref="Language"/>, unrounded.</summary>
    /// <value>English: Flesch Reading Ease and Flesch-Kincaid grade; French: Kandel-Moles; Spanish: Fernández-Huerta and
    /// Szigriszt-Pazos; German: Amstad and Wiener Sachtextformel; Italian: Gulpease; Portuguese: Flesch-Portuguese.</value>
    public ImmutableArray<ReadabilityScore> Scores { get; }

    /// <summary>Gets the gate of <see cref="Language"/>: the formula and thresholds the text is judged by.</summary>
    /// <value>One of <see cref="ReadabilityTargets.All"/>.</value>
    public ReadabilityTarget Target { get; }

    /// <summary>Gets the score of the gate formula, <see cref="Target"/>.</summary>
    /// <value>A finite number.</value>
    public double GateScore => Score(Target.Formula);

    /// <summary>Gets the score of one formula.</summary>
    /// <param name="formula">A formula of <see cref="Language"/>.</param>
    /// <returns>The unrounded score.</returns>
    /// <exception cref="ArgumentException">The formula was not computed for this language.</exception>
    public double Score(ReadabilityFormula formula) =>
        TryGetScore(formula, out var value)
            ? value
            : throw new ArgumentException($"{formula} is not computed for {Language}; see {nameof(Scores)}.", nameof(formula));

    /// <summary>Gets the score of one formula if it was computed for this language.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="value">The unrounded score, or 0.</param>
    /// <returns><see langword="true"/> when <paramref name="formula"/> is among <see cref="Scores"/>.</returns>
    public bool TryGetScore(ReadabilityFormula formula, out double value)
    {
        foreach (var score in Scores)
        {
            if (score.Formula == formula)
            {
                value = score.Value;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>Tells whether the text meets the gate of its language for a kind of text.</summary>
    /// <param name="kind">Section (English grade ≤ 8 or equivalent) or summary (≤ 6.5 or equivalent).</param>
    /// <returns><see langword="true"/> when the gate score is at least as easy as the threshold, or the text has no words.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public bool MeetsTarget(ReadabilityTextKind kind)
    {
        var met = Target.IsMet(GateScore, kind);
        return IsEmpty || met;
    }

    /// <summary>Summarizes the report for developers, e.g. <c>en: 3 sentences, 41 words, 58 syllables; FleschReadingEase=71.2 …</c>.</summary>
    /// <returns>An invariant-culture summary.</returns>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{Language}{(IsLanguageFallback ? " (fallback)" : string.Empty)}: ");
        builder.Append(CultureInfo.InvariantCulture, $"{Sentences} sentences, {Words} words, {Syllables} syllables");
        foreach (var score in Scores)
        {
            builder.Append(CultureInfo.InvariantCulture, $"; {score.Formula}={score.Value:0.##}");
        }

        return builder.ToString();
    }
}
