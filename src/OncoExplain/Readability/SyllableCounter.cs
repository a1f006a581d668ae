namespace OncoExplain.Readability;

/// <summary>Counts the syllables of one run of letters. Implementations are stateless and thread-safe.</summary>
internal abstract class SyllableCounter
{
    /// <summary>Counts the syllables of a run of lower-case letters (no apostrophes, digits or hyphens).</summary>
    /// <returns>0 when the run has no vowel (e.g. the "p" of "p.G12D"), otherwise at least 1.</returns>
    public abstract int Count(ReadOnlySpan<char> word);
}
