using OncoExplain.Readability;

namespace OncoExplain.Tests.Readability;

/// <summary>
/// The formulas' arithmetic on fixed inputs, checked against textstat's own expected averages and scores (the shared data
/// rounds inputs to 3 decimals, hence the small tolerances), and the equivalences the targets rely on.
/// </summary>
public sealed class FormulaArithmeticTests
{
    public static TheoryData<string> EnglishTexts => ["EASY_TEXT", "SHORT_TEXT", "PUNCT_TEXT", "LONG_TEXT"];

    [Theory]
    [MemberData(nameof(EnglishTexts))]
    public void Flesch_family_matches_textstat_on_textstat_averages(string text)
    {
        var cases = ReadabilityReferenceData.TextstatCases();
        double Expected(string metric, string? language = null) =>
            cases.Single(c => c.Metric == metric && c.TextReference == text && (language is null || c.Language == language)).Expected!.Value;

        var asl = Expected("words_per_sentence");
        var asw = Expected("syllables_per_word", "en_US");

        Assert.Equal(Expected("flesch_reading_ease", "en_US"), ReadabilityFormulas.FleschReadingEase(asl, asw), 0.06);
        Assert.Equal(Expected("flesch_kincaid_grade", "en_US"), ReadabilityFormulas.FleschKincaidGrade(asl, asw), 0.01);
        Assert.Equal(Expected("fernandez_huerta", "en_US"), ReadabilityFormulas.FernandezHuerta(asl, asw), 0.04);

        // Szigriszt-Pazos: textstat's base is 206.84, ours Szigriszt's 206.835.
        Assert.Equal(Expected("szigriszt_pazos", "en_US") - 0.005, ReadabilityFormulas.SzigrisztPazos(asl, asw), 0.04);
    }

    [Theory]
    [MemberData(nameof(EnglishTexts))]
    public void Gulpease_matches_textstat_on_textstat_averages(string text)
    {
        var cases = ReadabilityReferenceData.TextstatCases();
        double Expected(string metric) => cases.Single(c => c.Metric == metric && c.TextReference == text).Expected!.Value;

        // textstat feeds characters per word where the original formula has letters per word; the arithmetic is the same.
        Assert.Equal(Expected("gulpease_index"), ReadabilityFormulas.Gulpease(Expected("sentences_per_word"), Expected("chars_per_word")), 0.2);
    }

    [Theory]
    [MemberData(nameof(EnglishTexts))]
    public void Wiener_Sachtextformel_matches_textstat_on_textstat_counts(string text)
    {
        var cases = ReadabilityReferenceData.TextstatCases();
        int Count(string metric) => (int)cases.Single(c => c.Metric == metric && c.TextReference == text
            && (metric != "count_long_words" || c.IntArgument("threshold") == 6)).Expected!.Value;
        var wps = cases.Single(c => c.Metric == "words_per_sentence" && c.TextReference == text).Expected!.Value;
        var sentences = cases.Single(c => c.Metric == "count_sentences" && c.TextReference == text).Expected!.Value;
        var words = Math.Round(wps * sentences);
        var expected = cases.Single(c => c.Metric == "wiener_sachtextformel" && c.TextReference == text
            && c.Raw.GetProperty("variant").GetInt32() == 1).Expected!.Value;

        var actual = ReadabilityFormulas.WienerSachtextformel(
            100 * Count("count_polysyllable_words") / words, wps, 100 * Count("count_long_words") / words, 100 * Count("count_monosyllable_words") / words);

        Assert.Equal(expected, actual, 0.01);
    }

    [Theory]
    [InlineData(10, 1.5, 69.785, 6.01)]
    [InlineData(20, 2.0, 17.335, 15.81)]
    public void English_formulas_on_exact_averages(double asl, double asw, double reading, double grade)
    {
        Assert.Equal(reading, ReadabilityFormulas.FleschReadingEase(asl, asw), 1e-9);
        Assert.Equal(grade, ReadabilityFormulas.FleschKincaidGrade(asl, asw), 1e-9);
    }

    [Theory]
    [InlineData(10, 2.0)]
    [InlineData(15, 1.6)]
    public void Adapted_formulas_use_their_published_coefficients(double asl, double asw)
    {
        Assert.Equal(207 - (1.015 * asl) - (73.6 * asw), ReadabilityFormulas.KandelMoles(asl, asw), 1e-9);
        Assert.Equal(206.84 - (1.02 * asl) - (60 * asw), ReadabilityFormulas.FernandezHuerta(asl, asw), 1e-9);
        Assert.Equal(206.835 - (62.3 * asw) - asl, ReadabilityFormulas.SzigrisztPazos(asl, asw), 1e-9);
        Assert.Equal(180 - asl - (58.5 * asw), ReadabilityFormulas.Amstad(asl, asw), 1e-9);
        Assert.Equal(248.835 - (1.015 * asl) - (84.6 * asw), ReadabilityFormulas.FleschPortuguese(asl, asw), 1e-9);
    }

    /// <summary>docs/readability.md: reading ease 65 / 75 equals Flesch-Kincaid 8 / 6.5 at about 15 words per sentence.</summary>
    [Theory]
    [InlineData(65, 8.0, 15.32, ReadabilityTextKind.Section)]
    [InlineData(75, 6.5, 14.90, ReadabilityTextKind.Summary)]
    public void Reading_ease_thresholds_equal_the_grade_thresholds_at_fifteen_words_per_sentence(double reading, double grade, double wordsPerSentence, ReadabilityTextKind kind)
    {
        // The syllables per word at which Flesch Reading Ease has the threshold value, at that sentence length.
        var asw = (206.835 - (1.015 * wordsPerSentence) - reading) / 84.6;

        Assert.Equal(grade, ReadabilityFormulas.FleschKincaidGrade(wordsPerSentence, asw), 0.01);
        Assert.Equal(reading, ReadabilityTargets.For(ReadabilityFormula.FleschReadingEase).ThresholdFor(kind));
        Assert.Equal(grade, ReadabilityTargets.For(ReadabilityFormula.FleschKincaidGrade).ThresholdFor(kind));
        TestContext.Current.TestOutputHelper?.WriteLine($"FRE {reading} = FK {ReadabilityFormulas.FleschKincaidGrade(wordsPerSentence, asw):0.00} at {wordsPerSentence} words/sentence, {asw:0.000} syllables/word");
    }

    /// <summary>docs/readability.md: INFLESZ 60 / 70 is where Fernández-Huerta is 65 / 75 at 15 words per sentence.</summary>
    [Theory]
    [InlineData(65, 60, ReadabilityTextKind.Section)]
    [InlineData(75, 70, ReadabilityTextKind.Summary)]
    public void Inflesz_thresholds_match_the_Fernandez_Huerta_gate(double fernandezHuerta, double inflesz, ReadabilityTextKind kind)
    {
        const double WordsPerSentence = 15;
        var asw = (206.84 - (1.02 * WordsPerSentence) - fernandezHuerta) / 60;
        var actual = ReadabilityFormulas.SzigrisztPazos(WordsPerSentence, asw);

        Assert.Equal(inflesz, actual, 1.0);
        Assert.Equal(fernandezHuerta, ReadabilityTargets.For(ReadabilityFormula.FernandezHuerta).ThresholdFor(kind));
        Assert.Equal(inflesz, ReadabilityTargets.For(ReadabilityFormula.SzigrisztPazos).ThresholdFor(kind));
        TestContext.Current.TestOutputHelper?.WriteLine($"Fernández-Huerta {fernandezHuerta} = INFLESZ {actual:0.00} at 15 words/sentence");
    }
}
