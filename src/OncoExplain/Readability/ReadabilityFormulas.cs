namespace OncoExplain.Readability;

/// <summary>
/// The arithmetic of every formula, on averages or counts. Sources of the coefficients (see docs/readability.md):
/// textstat constants.py / metrics/*.py at dadf3d2 (shared data textstat-expected/SOURCE.txt) unless noted.
/// </summary>
internal static class ReadabilityFormulas
{
    /// <summary>Flesch (1948): 206.835 − 1.015·ASL − 84.6·ASW (textstat "en").</summary>
    public static double FleschReadingEase(double wordsPerSentence, double syllablesPerWord) =>
        206.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord);

    /// <summary>Kincaid, Fishburne, Rogers and Chissom (1975): 0.39·ASL + 11.8·ASW − 15.59.</summary>
    public static double FleschKincaidGrade(double wordsPerSentence, double syllablesPerWord) =>
        (0.39 * wordsPerSentence) + (11.8 * syllablesPerWord) - 15.59;

    /// <summary>Kandel and Moles (1958): 207 − 1.015·ASL − 73.6·ASW (textstat "fr").</summary>
    public static double KandelMoles(double wordsPerSentence, double syllablesPerWord) =>
        207 - (1.015 * wordsPerSentence) - (73.6 * syllablesPerWord);

    /// <summary>
    /// Fernández Huerta (1959), in the corrected form (Law 2011) that textstat uses: 206.84 − 1.02·ASL − 60·ASW,
    /// i.e. 0.60 per syllable per 100 words.
    /// </summary>
    public static double FernandezHuerta(double wordsPerSentence, double syllablesPerWord) =>
        206.84 - (1.02 * wordsPerSentence) - (60 * syllablesPerWord);

    /// <summary>
    /// Szigriszt-Pazos (1993) perspicuity, read on the INFLESZ scale (Barrio-Cantalejo et al. 2008):
    /// 206.835 − 62.3·ASW − ASL. textstat uses 206.84 (its Spanish Flesch base); we keep Szigriszt's 206.835, as the
    /// textstat SOURCE.txt notes ("original INFLESZ: 206.835"). The difference is 0.005 points.
    /// </summary>
    public static double SzigrisztPazos(double wordsPerSentence, double syllablesPerWord) =>
        206.835 - (62.3 * syllablesPerWord) - wordsPerSentence;

    /// <summary>Amstad (1978), Flesch for German: 180 − ASL − 58.5·ASW (textstat "de").</summary>
    public static double Amstad(double wordsPerSentence, double syllablesPerWord) =>
        180 - wordsPerSentence - (58.5 * syllablesPerWord);

    /// <summary>
    /// First Wiener Sachtextformel (Bamberger and Vanecek 1984): 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875,
    /// with MS = % words of ≥ 3 syllables, SL = words per sentence, IW = % words of &gt; 6 letters, ES = % one-syllable words.
    /// </summary>
    public static double WienerSachtextformel(double percentPolysyllables, double wordsPerSentence, double percentLongWords, double percentMonosyllables) =>
        (0.1935 * percentPolysyllables) + (0.1672 * wordsPerSentence) + (0.1297 * percentLongWords) - (0.0327 * percentMonosyllables) - 0.875;

    /// <summary>
    /// Gulpease (Lucisano and Piemontese 1988): 89 + (300·sentences − 10·letters) / words = 89 + 300·SPW − 10·LPW.
    /// The original counts letters; textstat counts every non-space character (punctuation included), which lowers its values.
    /// </summary>
    public static double Gulpease(double sentencesPerWord, double lettersPerWord) =>
        89 + (300 * sentencesPerWord) - (10 * lettersPerWord);

    /// <summary>
    /// Martins, Ghiraldelo, Nunes and Oliveira (1996), Flesch for Brazilian Portuguese: 248.835 − 1.015·ASL − 84.6·ASW.
    /// Not in the shared data; taken from the paper ("Readability formulas applied to textbooks in Brazilian Portuguese",
    /// Notas do ICMSC-USP 28, 1996).
    /// </summary>
    public static double FleschPortuguese(double wordsPerSentence, double syllablesPerWord) =>
        248.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord);
}
