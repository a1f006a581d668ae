namespace OncoExplain.Readability;

/// <summary>
/// Portuguese: falling diphthongs (strong + i/u: "pai", "meu", "outro") and weak + weak ("muito", "partiu") stay one
/// syllable, as do the nasal diphthongs ão, ãe, õe ("não", "mães", "lições"). Strong + strong ("poeta", "ideia" after ei)
/// and rising weak + strong ("dia", "rua") are hiatus, except u after q/g ("quando", "água"), and an accented
/// í/ú always breaks the group ("saúde", "país").
/// </summary>
internal sealed class PortugueseSyllableCounter : VowelGroupSyllableCounter
{
    public static readonly PortugueseSyllableCounter Instance = new();

    private PortugueseSyllableCounter()
    {
    }

    protected override bool IsVowel(ReadOnlySpan<char> word, int i) => word[i] is
        'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'á' or 'à' or 'â' or 'ã' or 'é' or 'ê' or 'í' or 'ó' or 'ô' or 'õ' or 'ú' or 'ü';

    protected override bool IsHiatus(ReadOnlySpan<char> word, int i)
    {
        char previous = word[i - 1], current = word[i];
        if (previous is 'ã' or 'õ' && current is 'o' or 'e')
        {
            return false;
        }

        if (IsAccentedWeak(previous) || IsAccentedWeak(current) || (IsStrong(previous) && IsStrong(current)))
        {
            return true;
        }

        if (IsWeak(previous) && IsStrong(current))
        {
            return !(previous is 'u' or 'ü' && Follows(word, i - 1, "qg"));
        }

        return false;
    }

    private static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'à' or 'â' or 'ã' or 'é' or 'ê' or 'ó' or 'ô' or 'õ';

    private static bool IsWeak(char c) => c is 'i' or 'u' or 'ü' or 'y';

    private static bool IsAccentedWeak(char c) => c is 'í' or 'ú';
}
