using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace OncoExplain.Readability;

/// <summary>Computes the scores of every formula of a language from a text's counts.</summary>
internal static class ReadabilityScoring
{
    private static readonly ImmutableArray<ReadabilityFormula> English = [ReadabilityFormula.FleschReadingEase, ReadabilityFormula.FleschKincaidGrade];
    private static readonly ImmutableArray<ReadabilityFormula> French = [ReadabilityFormula.KandelMoles];
    private static readonly ImmutableArray<ReadabilityFormula> Spanish = [ReadabilityFormula.FernandezHuerta, ReadabilityFormula.SzigrisztPazos];
    private static readonly ImmutableArray<ReadabilityFormula> German = [ReadabilityFormula.Amstad, ReadabilityFormula.WienerSachtextformel];
    private static readonly ImmutableArray<ReadabilityFormula> Italian = [ReadabilityFormula.Gulpease];
    private static readonly ImmutableArray<ReadabilityFormula> Portuguese = [ReadabilityFormula.FleschPortuguese];

    public static ImmutableArray<ReadabilityFormula> FormulasOf(ReadabilityLanguage language) => language switch
    {
        ReadabilityLanguage.French => French,
        ReadabilityLanguage.Spanish => Spanish,
        ReadabilityLanguage.German => German,
        ReadabilityLanguage.Italian => Italian,
        ReadabilityLanguage.Portuguese => Portuguese,
        _ => English,
    };

    public static ImmutableArray<ReadabilityScore> Score(ReadabilityLanguage language, in TextCounts counts)
    {
        var formulas = FormulasOf(language);
        var scores = new ReadabilityScore[formulas.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = new ReadabilityScore(formulas[i], Compute(formulas[i], counts));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(scores);
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
