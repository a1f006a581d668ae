using System.Collections.Frozen;

namespace OncoExplain.Readability;

/// <summary>What tokenization and syllable counting need to know about one language.</summary>
internal sealed class LanguageProfile
{
    private static readonly LanguageProfile EnglishProfile = new(EnglishSyllableCounter.Instance, Readability.Abbreviations.English, apostropheJoins: true);
    private static readonly LanguageProfile FrenchProfile = new(FrenchSyllableCounter.Instance, Readability.Abbreviations.French, apostropheJoins: false);
    private static readonly LanguageProfile SpanishProfile = new(SpanishSyllableCounter.Instance, Readability.Abbreviations.Spanish, apostropheJoins: false);
    private static readonly LanguageProfile GermanProfile = new(GermanSyllableCounter.Instance, Readability.Abbreviations.German, apostropheJoins: true);
    private static readonly LanguageProfile ItalianProfile = new(ItalianSyllableCounter.Instance, Readability.Abbreviations.Italian, apostropheJoins: false);
    private static readonly LanguageProfile PortugueseProfile = new(PortugueseSyllableCounter.Instance, Readability.Abbreviations.Portuguese, apostropheJoins: false);

    private LanguageProfile(SyllableCounter syllables, FrozenSet<string> abbreviations, bool apostropheJoins)
    {
        Syllables = syllables;
        Abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        ApostropheJoins = apostropheJoins;
    }

    public SyllableCounter Syllables { get; }

    /// <summary>Lower-case abbreviations without their final period.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations { get; }

    /// <summary>
    /// True when an apostrophe inside a word is dropped and the word counted whole (English "they're", German "geht's");
    /// false when it separates an elided article (French "l'homme", Italian "dell'omonima").
    /// </summary>
    public bool ApostropheJoins { get; }

    public static LanguageProfile For(ReadabilityLanguage language) => language switch
    {
        ReadabilityLanguage.French => FrenchProfile,
        ReadabilityLanguage.Spanish => SpanishProfile,
        ReadabilityLanguage.German => GermanProfile,
        ReadabilityLanguage.Italian => ItalianProfile,
        ReadabilityLanguage.Portuguese => PortugueseProfile,
        _ => EnglishProfile,
    };
}
