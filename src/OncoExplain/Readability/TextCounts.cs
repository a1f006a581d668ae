namespace OncoExplain.Readability;

/// <summary>The counts a text yields; every formula is computed from these.</summary>
/// <param name="Sentences">Sentences that contain at least one word.</param>
/// <param name="Words">Words, counted as textstat does (whitespace-separated tokens with a letter or digit).</param>
/// <param name="Syllables">Syllables over all words (at least one per word).</param>
/// <param name="Polysyllables">Words of three or more syllables.</param>
/// <param name="Monosyllables">Words of one syllable.</param>
/// <param name="LongWords">Words of more than six letters or digits.</param>
/// <param name="Letters">Letters and digits in words (punctuation and apostrophes excluded).</param>
internal readonly record struct TextCounts(
    int Sentences,
    int Words,
    int Syllables,
    int Polysyllables,
    int Monosyllables,
    int LongWords,
    int Letters)
{
    /// <summary>
    /// The counts of two texts joined by a blank line. A blank line always ends a sentence and no word spans it, so
    /// counting the joined text gives exactly the sum.
    /// </summary>
    public static TextCounts operator +(TextCounts left, TextCounts right) => new(
        left.Sentences + right.Sentences,
        left.Words + right.Words,
        left.Syllables + right.Syllables,
        left.Polysyllables + right.Polysyllables,
        left.Monosyllables + right.Monosyllables,
        left.LongWords + right.LongWords,
        left.Letters + right.Letters);
}
