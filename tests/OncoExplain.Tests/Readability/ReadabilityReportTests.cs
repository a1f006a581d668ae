namespace OncoExplain.Tests.Readability;

public sealed class ReadabilityReportTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("— ... ! ? -")]
    public void A_text_without_words_is_empty_scores_zero_and_meets_every_target(string text)
    {
        var report = ReadabilityMeter.Measure(text, "en");

        Assert.True(report.IsEmpty);
        Assert.Equal((0, 0, 0, 0), (report.Sentences, report.Words, report.Syllables, report.Letters));
        Assert.All(report.Scores, s => Assert.Equal(0, s.Value));
        Assert.Equal((0d, 0d, 0d), (report.WordsPerSentence, report.SyllablesPerWord, report.LettersPerWord));
        Assert.True(report.MeetsTarget(ReadabilityTextKind.Summary));
    }

    [Fact]
    public void Plain_caregiver_text_meets_the_summary_target_and_dense_text_does_not()
    {
        var plain = ReadabilityMeter.Measure("Your cancer has a change in a gene called KRAS. This change helps the cancer grow. Some new drugs may help. Ask your care team.", "en");
        var dense = ReadabilityMeter.Measure("Microsatellite instability-high or mismatch repair-deficient metastatic colorectal adenocarcinoma demonstrates substantial immunotherapeutic responsiveness.", "en");

        Assert.True(plain.MeetsTarget(ReadabilityTextKind.Summary));
        Assert.True(plain.MeetsTarget(ReadabilityTextKind.Section));
        Assert.False(dense.MeetsTarget(ReadabilityTextKind.Section));
        Assert.Equal(dense.Score(ReadabilityFormula.FleschKincaidGrade), dense.GateScore);
    }

    [Fact]
    public void Scores_of_other_languages_are_not_available()
    {
        var report = ReadabilityMeter.Measure("Fragen Sie Ihr Team.", "de");

        Assert.False(report.TryGetScore(ReadabilityFormula.FleschKincaidGrade, out _));
        Assert.Throws<ArgumentException>(() => report.Score(ReadabilityFormula.FleschKincaidGrade));
        Assert.True(report.TryGetScore(ReadabilityFormula.WienerSachtextformel, out _));
        Assert.Equal([ReadabilityFormula.Amstad, ReadabilityFormula.WienerSachtextformel], report.Scores.Select(s => s.Formula));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => ReadabilityMeter.Measure(null!, "en"));
        Assert.Throws<ArgumentNullException>(() => ReadabilityMeter.Measure("text", (string)null!));
        Assert.Throws<ArgumentNullException>(() => ReadabilityMeter.Measure("text", (System.Globalization.CultureInfo)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadabilityTargets.For((ReadabilityFormula)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadabilityTargets.Gate((ReadabilityLanguage)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadabilityTargets.Gate(ReadabilityLanguage.English).ThresholdFor((ReadabilityTextKind)5));
    }

    [Fact]
    public void Text_statistics_short_sentence_cases_hold_to_one_decimal()
    {
        var rows = ReadabilityReferenceData.TextStatisticsMetrics()
            .Where(row => row[0] == "TextStatisticsTest.php" && row[1] is "flesch_kincaid_reading_ease" or "flesch_kincaid_grade_level")
            .ToList();
        foreach (var row in rows)
        {
            var report = ReadabilityMeter.Measure(row[2], "en");
            var formula = row[1] == "flesch_kincaid_grade_level" ? ReadabilityFormula.FleschKincaidGrade : ReadabilityFormula.FleschReadingEase;
            Assert.Equal(double.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture), Math.Round(report.Score(formula), 1, MidpointRounding.AwayFromZero));
        }

        Assert.Equal(12, rows.Count);
    }

    [Fact]
    public void ToString_summarizes_for_developers()
    {
        var text = ReadabilityMeter.Measure("Ask your care team.", "xx").ToString();

        Assert.StartsWith("English (fallback): 1 sentences, 4 words, 4 syllables; FleschReadingEase=", text, StringComparison.Ordinal);
        Assert.Equal("FleschKincaidGrade ≤ 8 (summary ≤ 6.5)", ReadabilityTargets.Gate("en").ToString());
    }
}

public sealed class ReadabilityAllocationTests
{
    /// <summary>One pass without per-word allocations: measuring a long text allocates only the report and its scores.</summary>
    [Fact]
    public void Measuring_allocates_only_the_report()
    {
        var text = string.Concat(Enumerable.Repeat("Your tumour has a KRAS p.G12D change, e.g. in the U.S. trials; ask Dr. Smith about 11.1 or 18–75. ", 200));
        _ = ReadabilityMeter.Measure(text, "en");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = ReadabilityMeter.Measure(text, "en");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(200, report.Sentences);
        Assert.True(allocated < 512, $"{allocated} bytes for {report.Words} words");
    }
}
