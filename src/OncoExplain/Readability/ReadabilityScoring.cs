using System.Collections.Immutable;

namespace OncoExplain.Readability;

/// <summary>Computes the scores of every formula of a language from a text's counts.</summary>
internal static class ReadabilityScoring
{
    public static ImmutableArray<ReadabilityFormula> FormulasOf(ReadabilityLanguage language) => language switch
    {
        ReadabilityLanguage.French => [ReadabilityFormula.KandelMoles],
        ReadabilityLanguage.Spanish => [ReadabilityFormula.FernandezHuerta, ReadabilityFormula.SzigrisztPazos],
        ReadabilityLanguage.German => [ReadabilityFormula.Amstad, ReadabilityFormula.WienerSachtextformel],
        ReadabilityLanguage.Italian => [ReadabilityFormula.Gulpease],
        ReadabilityLanguage.Portuguese => [ReadabilityFormula.FleschPortuguese],
        _ => [ReadabilityFormula.FleschReadingEase, ReadabilityFormula.FleschKincaidGrade],
    };

    public static ImmutableArray<ReadabilityScore> Score(ReadabilityLanguage language, in TextCounts counts)
    {
        var formulas = FormulasOf(language);
        var builder = ImmutableArray.CreateBuilder<ReadabilityScore>(formulas.Length);
        foreach (var formula in formulas)
        {
            builder.Add(new ReadabilityScore(formula, Compute(formula, counts)));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The value of one formula; 0 for a text without words (textstat's convention for empty text).</summary>
    public static double Compute(ReadabilityFormula formula, in TextCounts counts)
    {
        if (counts.Words == 0)
        {
            return 0;
        }

        double words = counts.Words;
        var sentences = Math.Max(counts.Sentences, 1);
        var asl = words / sentences;
        var asw = counts.Syllables / words;
        return formula switch
        {
            ReadabilityFormula.FleschReadingEase => ReadabilityFormulas.FleschReadingEase(asl, asw),
            ReadabilityFormula.FleschKincaidGrade => ReadabilityFormulas.FleschKincaidGrade(asl, asw),
            ReadabilityFormula.KandelMoles => ReadabilityFormulas.KandelMoles(asl, asw),
            ReadabilityFormula.FernandezHuerta => ReadabilityFormulas.FernandezHuerta(asl, asw),
            ReadabilityFormula.SzigrisztPazos => ReadabilityFormulas.SzigrisztPazos(asl, asw),
            ReadabilityFormula.Amstad => ReadabilityFormulas.Amstad(asl, asw),
            ReadabilityFormula.WienerSachtextformel => ReadabilityFormulas.WienerSachtextformel(
                100 * counts.Polysyllables / words, asl, 100 * counts.LongWords / words, 100 * counts.Monosyllables / words),
            ReadabilityFormula.Gulpease => ReadabilityFormulas.Gulpease(sentences / words, counts.Letters / words),
            ReadabilityFormula.FleschPortuguese => ReadabilityFormulas.FleschPortuguese(asl, asw),
            _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, "Value is not a defined ReadabilityFormula."),
        };
    }
}
