namespace OncoExplain.Readability;

/// <summary>
/// Italian: a, e, o (with their accents) are strong, i and u weak. Weak + strong and strong + weak are diphthongs
/// ("piede", "uomo", "poi"); the i of "ci", "gi", "sci" before a vowel is silent and merges the same way ("ciao",
/// "giorno"). Strong + strong is a hiatus ("paese", "poeta"), and an accented ì/í/ù/ú breaks the group ("mormorìo").
/// </summary>
internal sealed class ItalianSyllableCounter : VowelGroupSyllableCounter
{
    public static readonly ItalianSyllableCounter Instance = new();

    private ItalianSyllableCounter()
    {
    }

    protected override bool IsVowel(ReadOnlySpan<char> word, int i) =>
        word[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'à' or 'è' or 'é' or 'ì' or 'í' or 'ò' or 'ó' or 'ù' or 'ú';

    protected override bool IsHiatus(ReadOnlySpan<char> word, int i)
    {
        char previous = word[i - 1], current = word[i];
        return (IsStrong(previous) && IsStrong(current)) || IsAccentedWeak(previous) || IsAccentedWeak(current);
    }

    private static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'à' or 'è' or 'é' or 'ò' or 'ó';

    private static bool IsAccentedWeak(char c) => c is 'ì' or 'í' or 'ù' or 'ú';
}
