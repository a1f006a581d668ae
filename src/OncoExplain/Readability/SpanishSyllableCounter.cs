namespace OncoExplain.Readability;

/// <summary>
/// Spanish: a, e, o (and accented á, é, ó) are strong, i, u, ü weak. Weak + strong, strong + weak and weak + weak are
/// diphthongs ("tiene", "aire", "ciudad"); strong + strong is a hiatus ("poeta"), and an accented í or ú always breaks
/// the group ("día", "país"). Final y after a vowel is a vowel ("muy", "hay"); "que"/"gui" need no rule (u + e/i is one group).
/// </summary>
internal sealed class SpanishSyllableCounter : VowelGroupSyllableCounter
{
    public static readonly SpanishSyllableCounter Instance = new();

    private SpanishSyllableCounter()
    {
    }

    protected override bool IsVowel(ReadOnlySpan<char> word, int i) => word[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü' => true,
        'y' => word.Length == 1 || (i == word.Length - 1 && i >= 1 && IsVowel(word, i - 1)),
        _ => false,
    };

    protected override bool IsHiatus(ReadOnlySpan<char> word, int i)
    {
        char previous = word[i - 1], current = word[i];
        return (IsStrong(previous) && IsStrong(current)) || IsAccentedWeak(previous) || IsAccentedWeak(current);
    }

    private static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó';

    private static bool IsAccentedWeak(char c) => c is 'í' or 'ú';
}
