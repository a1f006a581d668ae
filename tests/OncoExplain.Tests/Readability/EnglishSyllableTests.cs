using OncoExplain.Readability;

namespace OncoExplain.Tests.Readability;

/// <summary>The English syllable heuristic against textstat's and Text-Statistics' expected counts.</summary>
public sealed class EnglishSyllableTests
{
    private static readonly LanguageProfile English = LanguageProfile.For(ReadabilityLanguage.English);

    private static int Syllables(string word) => TextScanner.CountSyllables(word, English);

    [Theory]
    [InlineData("cancer", 2)]
    [InlineData("tumour", 2)]
    [InlineData("chemotherapy", 5)]
    [InlineData("immunotherapy", 6)]
    [InlineData("biopsy", 3)]
    [InlineData("biomarker", 4)]
    [InlineData("radiation", 4)]
    [InlineData("palliative", 4)]
    [InlineData("metastases", 4)]
    [InlineData("oncologist", 4)]
    [InlineData("medicine", 3)]
    [InlineData("questions", 2)]
    [InlineData("diarrhea", 4)]
    [InlineData("nausea", 3)]
    [InlineData("fatigue", 2)]
    [InlineData("variant", 3)]
    [InlineData("deficient", 3)]
    [InlineData("genes", 1)]
    [InlineData("tissues", 2)]
    [InlineData("resectable", 4)]
    [InlineData("gemcitabine", 4)]
    [InlineData("oxaliplatin", 5)]
    [InlineData("irinotecan", 5)]
    [InlineData("cetuximab", 4)]
    [InlineData("pancreatic", 4)]
    [InlineData("caregivers", 3)]
    [InlineData("well-balanced", 3)]
    [InlineData("you've", 1)]
    [InlineData("KRAS", 1)]
    public void Counts_everyday_and_oncology_words(string word, int syllables) => Assert.Equal(syllables, Syllables(word));

    /// <summary>textstat's count_syllables word cases (CMUdict values), each with its margin.</summary>
    [Fact]
    public void Textstat_word_expectations_hold()
    {
        var texts = ReadabilityReferenceData.TextstatTexts();
        var cases = ReadabilityReferenceData.TextstatCases().Where(c => c.Metric == "count_syllables").ToList();
        foreach (var item in cases)
        {
            var report = ReadabilityMeter.Measure(item.Text(texts), "en");
            var expected = item.IntArgument("n_syllables")!.Value;
            Assert.InRange(report.Syllables, expected - item.IntArgument("margin")!.Value, expected + item.IntArgument("margin")!.Value);
        }

        Assert.Equal(27, cases.Count);
    }

    /// <summary>
    /// Agreement with Text-Statistics' expected syllables: word-by-word counts of two literary texts, and 10,548 words
    /// its heuristic got wrong against the CMU pronouncing dictionary (a deliberately hard list).
    /// </summary>
    [Theory]
    [InlineData("TextStatisticsKiplingIfTest.php", 0.98, 1.0)]
    [InlineData("TextStatisticsMelvilleMobyDickTest.php", 0.98, 1.0)]
    [InlineData("TextStatisticsCMULexTest.php", 0.55, 0.98)]
    public void Agrees_with_text_statistics_word_lists(string file, double minimumExact, double minimumWithinOne)
    {
        var words = ReadabilityReferenceData.TextStatisticsSyllables().Where(row => row.File == file).ToList();
        var exact = words.Count(row => Syllables(row.Word) == row.Syllables);
        var withinOne = words.Count(row => Math.Abs(Syllables(row.Word) - row.Syllables) <= 1);
        var exactRate = (double)exact / words.Count;
        var withinOneRate = (double)withinOne / words.Count;

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{file}: {words.Count} words, exact {exact} ({exactRate:P1}), within ±1 {withinOne} ({withinOneRate:P1})");
        Assert.True(exactRate >= minimumExact, $"exact agreement {exactRate:P1} < {minimumExact:P0}");
        Assert.True(withinOneRate >= minimumWithinOne, $"±1 agreement {withinOneRate:P1} < {minimumWithinOne:P0}");
    }

    [Fact]
    public void Text_statistics_total_syllables_of_kipling_are_close()
    {
        var expected = int.Parse(ReadabilityReferenceData.TextStatisticsMetrics()
            .Single(row => row[0] == "TextStatisticsKiplingIfTest.php" && row[1] == "totalSyllables")[4], System.Globalization.CultureInfo.InvariantCulture);

        var report = ReadabilityMeter.Measure(ReadabilityReferenceData.TextStatisticsText("TextStatisticsKiplingIfTest.php"), "en");

        TestContext.Current.TestOutputHelper?.WriteLine($"Kipling 'If': {report.Syllables} syllables (Text-Statistics {expected}), {report.Words} words, {report.Sentences} sentences");
        Assert.InRange(report.Syllables, expected - 3, expected + 3);
    }
}
