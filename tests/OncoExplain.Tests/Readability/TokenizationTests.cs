namespace OncoExplain.Tests.Readability;

/// <summary>Sentence and word counting on our own kind of output (see docs/readability.md, "Tokenization").</summary>
public sealed class TokenizationTests
{
    [Theory]
    [InlineData("KRAS p.G12D is common. It is a change in one gene.", 2, 11)]
    [InlineData("The change p.(Gly12Asp) was found. It matters.", 2, 7)]
    [InlineData("The change p.Met1? means the start is unknown. Ask about it.", 2, 11)]
    [InlineData("Your TMB was 11.1 per megabase. That is high.", 2, 9)]
    [InlineData("People aged 18–75 took part. Most were well.", 2, 8)]
    [InlineData("Some drugs, e.g. cetuximab, need RAS wild-type tumours. Ask first.", 2, 10)]
    [InlineData("That is, i.e. the cancer has spread. Ask Dr. Smith about it.", 2, 12)]
    [InlineData("It was approved in the U.S. in 2020. It is used today.", 2, 12)]
    [InlineData("BRCA2 and PALB2 matter! Do they apply? Yes.", 3, 8)]
    [InlineData("Wait... then ask again. Then rest.", 2, 6)]
    [InlineData("She said: \"It works.\" Then she left.", 2, 7)]
    [InlineData("No terminal punctuation here", 1, 4)]
    public void Sentences_end_at_terminal_punctuation_only(string text, int sentences, int words)
    {
        var report = ReadabilityMeter.Measure(text, "en");

        Assert.Equal((sentences, words), (report.Sentences, report.Words));
    }

    [Fact]
    public void List_items_and_headings_on_their_own_lines_are_sentences()
    {
        const string Text = """
            # What the test found
            Your tumour has these changes:
            - a KRAS change
            - no BRAF change
            1. Ask about trials
            2) Ask about genetic counselling
            ## Next steps
            Talk with your care team.
            """;

        var report = ReadabilityMeter.Measure(Text, "en");

        Assert.Equal(8, report.Sentences);
    }

    [Fact]
    public void A_wrapped_line_continues_its_sentence_but_a_blank_line_ends_it()
    {
        var wrapped = ReadabilityMeter.Measure("This sentence is wrapped\nacross two lines.", "en");
        var paragraphs = ReadabilityMeter.Measure("First paragraph without a period\n\nSecond one", "en");
        var wrappedListItem = ReadabilityMeter.Measure("- Signs include jaundice, pain, and\nweight loss.\n- Tests are used.", "en");

        Assert.Equal(1, wrapped.Sentences);
        Assert.Equal(2, paragraphs.Sentences);
        Assert.Equal(2, wrappedListItem.Sentences);
    }

    [Theory]
    [InlineData("Le traitement, p. ex. la chimiothérapie, aide. Parlez-en au Dr. Martin.", "fr", 2)]
    [InlineData("Es gibt z. B. eine Chemotherapie. Fragen Sie bzw. sprechen Sie nach.", "de", 2)]
    [InlineData("Es gibt z.B. Chemotherapie. Das hilft.", "de", 2)]
    [InlineData("Hay opciones, p. ej. la quimioterapia. Pregunte a la Dra. López.", "es", 2)]
    [InlineData("¿Qué significa? Pregunte a su médico.", "es", 2)]
    public void Abbreviations_of_each_language_do_not_end_sentences(string text, string culture, int sentences) =>
        Assert.Equal(sentences, ReadabilityMeter.Measure(text, culture).Sentences);

    [Theory]
    [InlineData("", 0)]
    [InlineData("a", 1)]
    [InlineData("a ", 1)]
    [InlineData("a b", 2)]
    [InlineData("They're here, and they're there.", 5)]
    [InlineData("Who's there?I have ... no time for this...\n            nonsense...my guy! a who's-who, veritably.", 12)]
    [InlineData("Yes - No. — ... !", 2)]
    [InlineData("5-FU and FOLFOX-6 are one word each; so is 18–75.", 10)]
    public void Words_are_counted_as_textstat_counts_them(string text, int words) =>
        Assert.Equal(words, ReadabilityMeter.Measure(text, "en").Words);

    /// <summary>The textstat count_words and count_letters expectations (punctuation removed, contractions and hyphens kept).</summary>
    [Fact]
    public void Textstat_word_and_letter_expectations_hold()
    {
        var texts = ReadabilityReferenceData.TextstatTexts();
        var checkedCases = 0;
        foreach (var item in ReadabilityReferenceData.TextstatCases())
        {
            var isDefaultWordCount = item.Metric == "count_words"
                && item.Raw.GetProperty("rm_punctuation").GetBoolean()
                && !item.Raw.GetProperty("split_contractions").GetBoolean()
                && !item.Raw.GetProperty("split_hyphens").GetBoolean();
            if (isDefaultWordCount)
            {
                Assert.Equal(item.IntArgument("n_words"), ReadabilityMeter.Measure(item.Text(texts), "en").Words);
                checkedCases++;
            }
            else if (item.Metric == "count_letters" && (item.InlineText is not null || item.TextReference == "LONG_TEXT"))
            {
                Assert.Equal((int)item.Expected!.Value, ReadabilityMeter.Measure(item.Text(texts), "en").Letters);
                checkedCases++;
            }
        }

        Assert.Equal(14, checkedCases);
    }

    /// <summary>Text-Statistics sentenceCount cases (it also treats a lone "..", "!?" and "-" as textstat and we do).</summary>
    [Fact]
    public void Text_statistics_sentence_counts_hold()
    {
        var cases = ReadabilityReferenceData.TextStatisticsMetrics()
            .Where(row => row[1] == "sentenceCount" && !row[2].StartsWith("strText:", StringComparison.Ordinal))
            .ToList();

        foreach (var row in cases)
        {
            var text = row[2];
            Assert.Equal(int.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture), ReadabilityMeter.Measure(text, "en").Sentences);
        }

        Assert.Equal(12, cases.Count);
    }

    [Fact]
    public void Numbers_and_gene_names_are_words_of_one_syllable_or_more()
    {
        var report = ReadabilityMeter.Measure("KRAS BRCA2 p.G12D 2020 11.1", "en");

        Assert.Equal(5, report.Words);
        Assert.Equal(5, report.Syllables);
    }
}
