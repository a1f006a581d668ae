using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace OncoExplain.Tests.Readability;

/// <summary>Text built from the kinds of tokens our output contains: words, gene and HGVS names, numbers, abbreviations, marks.</summary>
public sealed record SampleText(string Value)
{
    public override string ToString() => Value;
}

public static class ReadabilityArbitraries
{
    private static readonly string[] Tokens =
    [
        "Ask", "your", "care", "team", "cancer", "chemotherapy", "immunotherapy", "tumour,", "gene.", "KRAS", "BRCA2",
        "p.G12D", "p.(Gly12Asp)", "p.Met1?", "11.1", "18–75", "e.g.", "i.e.", "Dr.", "U.S.", "well-balanced", "they're",
        "l'hôpital", "¿Qué", "año", "Behandlung", "—", "...", "!", "?", ".", "-", "1.", "#", "\n", "\n\n", "\r\n", "(MSI-H)",
        "Ärztin", "naïf", "saúde", "città", "x", "  ",
    ];

    public static Arbitrary<SampleText> SampleTexts() =>
        Gen.Elements(Tokens).ListOf().Select(tokens => new SampleText(string.Join(" ", tokens))).ToArbitrary();
}

/// <summary>Properties of the meter over arbitrary strings and over generated caregiver-like text.</summary>
[Properties(Arbitrary = [typeof(ReadabilityArbitraries)], MaxTest = 200)]
public sealed class ReadabilityProperties
{
    private static readonly string[] Cultures = ["en", "fr-CA", "es", "de-AT", "it", "pt-BR", "xx", ""];

    [Property]
    public void Never_throws_and_counts_are_consistent_on_any_string(string? text)
    {
        foreach (var culture in Cultures)
        {
            AssertConsistent(ReadabilityMeter.Measure(text ?? string.Empty, culture));
        }
    }

    [Property]
    public void Counts_are_consistent_on_generated_text(SampleText text)
    {
        foreach (var culture in Cultures)
        {
            AssertConsistent(ReadabilityMeter.Measure(text.Value, culture));
        }
    }

    [Property]
    public void A_regional_culture_measures_like_its_language(SampleText text)
    {
        Assert.Equal(ReadabilityMeter.Measure(text.Value, "fr").Scores, ReadabilityMeter.Measure(text.Value, "fr-CA").Scores);
        Assert.Equal(ReadabilityMeter.Measure(text.Value, "pt").Scores, ReadabilityMeter.Measure(text.Value, "pt-BR").Scores);
        Assert.Equal(ReadabilityMeter.Measure(text.Value, "en").Scores, ReadabilityMeter.Measure(text.Value, "EN-gb").Scores);
    }

    [Property]
    public void Paragraphs_add_up(SampleText first, SampleText second)
    {
        var a = ReadabilityMeter.Measure(first.Value, "en");
        var b = ReadabilityMeter.Measure(second.Value, "en");
        var both = ReadabilityMeter.Measure(first.Value + "\n\n" + second.Value, "en");

        Assert.Equal(
            (a.Sentences + b.Sentences, a.Words + b.Words, a.Syllables + b.Syllables, a.Letters + b.Letters, a.Polysyllables + b.Polysyllables),
            (both.Sentences, both.Words, both.Syllables, both.Letters, both.Polysyllables));
    }

    /// <summary>A sentence at least as long as the text and of 8-syllable words raises both averages, so the grade never drops.</summary>
    [Property]
    public void Adding_a_long_polysyllabic_sentence_never_lowers_the_grade(SampleText text)
    {
        var before = ReadabilityMeter.Measure(text.Value, "en");
        var length = Math.Max(1, before.Words);
        var sentence = string.Join(" ", Enumerable.Repeat("internationalization", length)) + ".";

        var after = ReadabilityMeter.Measure(text.Value + "\n\n" + sentence, "en");

        Assert.True(after.GateScore >= before.GateScore - 1e-9, $"{before.GateScore} -> {after.GateScore}");
        Assert.True(after.Score(ReadabilityFormula.FleschReadingEase) <= before.Score(ReadabilityFormula.FleschReadingEase) + 1e-9 || before.IsEmpty);
    }

    private static void AssertConsistent(ReadabilityReport report)
    {
        Assert.All(report.Scores, s => Assert.True(double.IsFinite(s.Value)));
        Assert.InRange(report.Sentences, report.Words == 0 ? 0 : 1, report.Words);
        Assert.True(report.Syllables >= report.Words);
        Assert.True(report.Letters >= report.Words);
        Assert.True(report.Polysyllables + report.Monosyllables <= report.Words);
        Assert.InRange(report.LongWords, 0, report.Words);
        _ = report.MeetsTarget(ReadabilityTextKind.Summary);
    }
}
