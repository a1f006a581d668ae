namespace OncoExplain.Readability;

/// <summary>
/// Syllables as vowel nuclei: every vowel that does not follow a vowel starts a syllable, and a vowel that follows one
/// starts a new syllable only where the language makes the two a hiatus rather than a diphthong. A nucleus holds at most
/// <see cref="MaxNucleusLength"/> vowel letters.
/// </summary>
internal abstract class VowelGroupSyllableCounter : SyllableCounter
{
    /// <summary>Gets the most vowel letters one nucleus may hold (3 for triphthongs such as Spanish "buey").</summary>
    protected virtual int MaxNucleusLength => 3;

    public override int Count(ReadOnlySpan<char> word)
    {
        var count = 0;
        var nucleusLength = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (!IsVowel(word, i))
            {
                nucleusLength = 0;
                continue;
            }

            if (nucleusLength == 0 || nucleusLength >= MaxNucleusLength || IsHiatus(word, i))
            {
                count++;
                nucleusLength = 1;
            }
            else
            {
                nucleusLength++;
            }
        }

        return count == 0 ? 0 : Math.Max(1, count - SilentVowels(word, count));
    }

    /// <summary>Whether <c>word[i]</c> is a vowel letter here.</summary>
    protected abstract bool IsVowel(ReadOnlySpan<char> word, int i);

    /// <summary>Whether the vowel <c>word[i]</c> starts a new syllable after the vowel <c>word[i - 1]</c>.</summary>
    protected abstract bool IsHiatus(ReadOnlySpan<char> word, int i);

    /// <summary>Nuclei counted that are not pronounced (French final e); at most <paramref name="count"/> − 1 is used.</summary>
    protected virtual int SilentVowels(ReadOnlySpan<char> word, int count) => 0;

    /// <summary>Whether the letter before <paramref name="i"/> is one of <paramref name="letters"/>.</summary>
    protected static bool Follows(ReadOnlySpan<char> word, int i, string letters) => i >= 1 && letters.Contains(word[i - 1]);
}
