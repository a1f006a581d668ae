namespace OncoExplain.Readability;

/// <summary>
/// French: vowel groups are one syllable ("eau", "oui", "tion", "pied"), except that é always stands alone
/// ("ré-ac-tion", "cré-er", "po-é-sie"; "ée" stays one) and a vowel with a diaeresis starts a new one ("na-ïf", "No-ël").
/// A final e or es after a consonant is silent ("maladie", "cellules" → 3, 2) unless it is the word's only vowel
/// ("le", "des"). The silent verb ending -ent ("peuvent") cannot be told from "patient" by spelling and is counted.
/// </summary>
internal sealed class FrenchSyllableCounter : VowelGroupSyllableCounter
{
    public static readonly FrenchSyllableCounter Instance = new();

    private FrenchSyllableCounter()
    {
    }

    protected override bool IsVowel(ReadOnlySpan<char> word, int i) => word[i] is
        'a' or 'à' or 'â' or 'ä' or 'e' or 'é' or 'è' or 'ê' or 'ë' or 'i' or 'î' or 'ï' or 'o' or 'ô' or 'ö'
        or 'u' or 'ù' or 'û' or 'ü' or 'y' or 'ÿ' or 'œ' or 'æ';

    protected override bool IsHiatus(ReadOnlySpan<char> word, int i)
    {
        char previous = word[i - 1], current = word[i];
        if (current is 'ï' or 'ü' or 'ë')
        {
            return true;
        }

        if (current == 'é')
        {
            return !(previous == 'u' && Follows(word, i - 1, "qg"));
        }

        if (previous == 'é')
        {
            var rest = word[(i + 1)..];
            return !(current == 'e' && (rest.IsEmpty || rest.SequenceEqual("s") || rest.SequenceEqual("nt")));
        }

        return false;
    }

    protected override int SilentVowels(ReadOnlySpan<char> word, int count)
    {
        if (count <= 1)
        {
            return 0;
        }

        var n = word.Length;
        var finalE = word[^1] == 'e' ? n - 1 : word.EndsWith("es") ? n - 2 : -1;
        return finalE >= 1 && !IsVowel(word, finalE - 1) ? 1 : 0;
    }
}
