namespace OncoExplain.Readability;

/// <summary>
/// German: the diphthongs and long vowels ai, ay, au, äu, ei, ey, eu, ie, aa, ee, oo are one syllable; every other pair
/// of adjacent vowels is a hiatus ("The-o-rie", "Bau-er", "neu-e"), and a nucleus holds at most two letters. The u of qu
/// is a consonant ("Quelle"). In foreign words "ie" before final -n or before -nt is two syllables ("Li-ni-en",
/// "Pa-ti-ent"). Final e is pronounced.
/// </summary>
internal sealed class GermanSyllableCounter : VowelGroupSyllableCounter
{
    public static readonly GermanSyllableCounter Instance = new();

    private GermanSyllableCounter()
    {
    }

    protected override int MaxNucleusLength => 2;

    protected override bool IsVowel(ReadOnlySpan<char> word, int i) =>
        word[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü' or 'é'
        && !(word[i] == 'u' && Follows(word, i, "q"));

    protected override bool IsHiatus(ReadOnlySpan<char> word, int i)
    {
        var rest = word[(i + 1)..];
        return (word[i - 1], word[i]) switch
        {
            ('i', 'e') => rest.SequenceEqual("n") || rest.StartsWith("nt"),
            ('a', 'i') or ('a', 'y') or ('a', 'u') or ('ä', 'u') or ('e', 'i') or ('e', 'y') or ('e', 'u') => false,
            ('a', 'a') or ('e', 'e') or ('o', 'o') => false,
            _ => true,
        };
    }
}
