using System.Globalization;

namespace OncoExplain.Tests.Readability;

public sealed class CultureResolutionTests
{
    [Theory]
    [InlineData("en", ReadabilityLanguage.English, false)]
    [InlineData("en-GB", ReadabilityLanguage.English, false)]
    [InlineData("fr-CA", ReadabilityLanguage.French, false)]
    [InlineData("FR_ch", ReadabilityLanguage.French, false)]
    [InlineData("es-419", ReadabilityLanguage.Spanish, false)]
    [InlineData("de-AT", ReadabilityLanguage.German, false)]
    [InlineData("it-CH", ReadabilityLanguage.Italian, false)]
    [InlineData("pt-BR", ReadabilityLanguage.Portuguese, false)]
    [InlineData("pt-PT", ReadabilityLanguage.Portuguese, false)]
    [InlineData("deu", ReadabilityLanguage.German, false)]
    [InlineData("nl-NL", ReadabilityLanguage.English, true)]
    [InlineData("zh-Hant-TW", ReadabilityLanguage.English, true)]
    [InlineData("", ReadabilityLanguage.English, true)]
    [InlineData("frr", ReadabilityLanguage.English, true)]
    public void Language_comes_from_the_culture_name_alone(string culture, ReadabilityLanguage language, bool fallback)
    {
        var report = ReadabilityMeter.Measure("Ask your care team.", culture);

        Assert.Equal((language, fallback, culture), (report.Language, report.IsLanguageFallback, report.CultureName));
        Assert.Same(ReadabilityTargets.Gate(language), ReadabilityTargets.Gate(culture));
    }

    [Fact]
    public void CultureInfo_and_name_overloads_agree_including_the_invariant_culture()
    {
        const string Text = "Le traitement peut aider. Parlez-en avec votre équipe.";

        var byCulture = ReadabilityMeter.Measure(Text, new CultureInfo("fr-CA"));
        var byName = ReadabilityMeter.Measure(Text.AsSpan(), "fr-CA");
        var invariant = ReadabilityMeter.Measure(Text, CultureInfo.InvariantCulture);

        Assert.Equal(byName.Scores, byCulture.Scores);
        Assert.Equal(ReadabilityLanguage.French, byCulture.Language);
        Assert.True(invariant.IsLanguageFallback);
        Assert.Equal(ReadabilityLanguage.English, invariant.Language);
        Assert.Same(ReadabilityTargets.Gate(ReadabilityLanguage.French), ReadabilityTargets.Gate(new CultureInfo("fr-CA")));
    }

    [Theory]
    [InlineData(ReadabilityLanguage.English, ReadabilityFormula.FleschKincaidGrade, 8, 6.5, true)]
    [InlineData(ReadabilityLanguage.French, ReadabilityFormula.KandelMoles, 65, 75, false)]
    [InlineData(ReadabilityLanguage.Spanish, ReadabilityFormula.FernandezHuerta, 65, 75, false)]
    [InlineData(ReadabilityLanguage.German, ReadabilityFormula.Amstad, 65, 75, false)]
    [InlineData(ReadabilityLanguage.Italian, ReadabilityFormula.Gulpease, 60, 70, false)]
    [InlineData(ReadabilityLanguage.Portuguese, ReadabilityFormula.FleschPortuguese, 65, 75, false)]
    public void Each_language_has_its_gate(ReadabilityLanguage language, ReadabilityFormula formula, double section, double summary, bool lowerIsEasier)
    {
        var gate = ReadabilityTargets.Gate(language);

        Assert.Equal((formula, section, summary, lowerIsEasier), (gate.Formula, gate.SectionThreshold, gate.SummaryThreshold, gate.LowerIsEasier));
    }

    [Fact]
    public void Every_formula_has_a_target_and_every_language_scores_its_gate()
    {
        Assert.Equal(Enum.GetValues<ReadabilityFormula>(), ReadabilityTargets.All.Select(t => t.Formula));
        foreach (var language in Enum.GetValues<ReadabilityLanguage>())
        {
            var report = ReadabilityMeter.Measure("Ask your care team.", LanguageCode(language));
            Assert.Equal(language, report.Language);
            Assert.Contains(report.Scores, s => s.Formula == report.Target.Formula);
        }
    }

    private static string LanguageCode(ReadabilityLanguage language) => language switch
    {
        ReadabilityLanguage.French => "fr",
        ReadabilityLanguage.Spanish => "es",
        ReadabilityLanguage.German => "de",
        ReadabilityLanguage.Italian => "it",
        ReadabilityLanguage.Portuguese => "pt",
        _ => "en",
    };
}
