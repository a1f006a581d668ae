using OncoExplain.Readability;

namespace OncoExplain.Tests.Readability;

/// <summary>The vowel-nucleus syllable counters of French, Spanish, Italian, Portuguese and German on hand-syllabified words.</summary>
public sealed class LanguageSyllableTests
{
    private static int Syllables(string word, ReadabilityLanguage language) =>
        TextScanner.CountSyllables(word, LanguageProfile.For(language));

    [Theory]
    [InlineData("cancer", 2)]
    [InlineData("tumeur", 2)]
    [InlineData("maladie", 3)]
    [InlineData("chimiothérapie", 5)]
    [InlineData("cellules", 2)]
    [InlineData("le", 1)]
    [InlineData("des", 1)]
    [InlineData("réaction", 3)]
    [InlineData("créer", 2)]
    [InlineData("année", 2)]
    [InlineData("naïf", 2)]
    [InlineData("oiseau", 2)]
    [InlineData("question", 2)]
    [InlineData("l'hôpital", 3)]
    public void French(string word, int syllables) => Assert.Equal(syllables, Syllables(word, ReadabilityLanguage.French));

    [Theory]
    [InlineData("años", 2)]
    [InlineData("después", 2)]
    [InlineData("fusilamiento", 5)]
    [InlineData("Buendía", 3)]
    [InlineData("había", 3)]
    [InlineData("aldea", 3)]
    [InlineData("diáfanas", 3)]
    [InlineData("construidas", 3)]
    [InlineData("quimioterapia", 5)]
    [InlineData("que", 1)]
    [InlineData("muy", 1)]
    [InlineData("y", 1)]
    [InlineData("país", 2)]
    [InlineData("buey", 1)]
    public void Spanish(string word, int syllables) => Assert.Equal(syllables, Syllables(word, ReadabilityLanguage.Spanish));

    [Theory]
    [InlineData("ciao", 2)]
    [InlineData("giorno", 2)]
    [InlineData("paese", 3)]
    [InlineData("poeta", 3)]
    [InlineData("piede", 2)]
    [InlineData("uomo", 2)]
    [InlineData("medico", 3)]
    [InlineData("tumore", 3)]
    [InlineData("città", 2)]
    [InlineData("dell'omonima", 5)]
    public void Italian(string word, int syllables) => Assert.Equal(syllables, Syllables(word, ReadabilityLanguage.Italian));

    [Theory]
    [InlineData("não", 1)]
    [InlineData("lições", 2)]
    [InlineData("muito", 2)]
    [InlineData("saúde", 3)]
    [InlineData("dia", 2)]
    [InlineData("quando", 2)]
    [InlineData("água", 2)]
    [InlineData("tratamento", 4)]
    [InlineData("quimioterapia", 7)]
    [InlineData("outro", 2)]
    public void Portuguese(string word, int syllables) => Assert.Equal(syllables, Syllables(word, ReadabilityLanguage.Portuguese));

    [Theory]
    [InlineData("Theorie", 3)]
    [InlineData("Bauer", 2)]
    [InlineData("neue", 2)]
    [InlineData("Patient", 3)]
    [InlineData("Linien", 3)]
    [InlineData("Chemotherapie", 5)]
    [InlineData("Quelle", 2)]
    [InlineData("Boot", 1)]
    [InlineData("Bäume", 2)]
    [InlineData("Krebs", 1)]
    [InlineData("Entchen", 2)]
    public void German(string word, int syllables) => Assert.Equal(syllables, Syllables(word, ReadabilityLanguage.German));
}
