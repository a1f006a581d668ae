namespace OncoExplain.Tests.Safety;

/// <summary>The per-language lists of <see cref="SafetyLanguage"/>, written to avoid false positives (see docs/errors.md).</summary>
internal static class SafetyLanguages
{
    public static IReadOnlyList<SafetyLanguage> All { get; } =
    [
        new(
            "en",
            ["you should", "you must", "you need to", "you have to", "you ought to", "should take", "must take", "should start", "should stop", "should have", "make sure you take", "do not take"],
            ["will cure", "cures", "will be cured", "guaranteed?", "guarantees", "is curable", "100 ?%", "miracle", "definitely work"],
            "months?",
            ["half", "median"]),
        new(
            "fr",
            ["vous devez", "vous devriez", "il faut prendre", "il faut commencer", "il faut arrêter", "devez prendre", "devriez prendre", "vous êtes obligée?"],
            ["guérira", "va guérir", "vont guérir", "garantie?s?", "guérison assurée", "miracle", "100 ?%"],
            "mois",
            ["moitié", "médian"]),
        new(
            "es",
            ["usted debe", "usted debería", "debe tomar", "debería tomar", "debe recibir", "debería recibir", "debe empezar", "tiene que", "tienen que", "hay que tomar", "debería"],
            ["curará", "va a curar", "garantiza\\p{L}*", "cura segura", "milagro", "100 ?%"],
            "meses",
            ["mitad", "mediana"]),
        new(
            "de",
            ["Sie sollten", "Sie müssen", "sollten Sie", "müssen Sie", "Sie sollen", "nehmen Sie", "beginnen Sie"],
            ["wird heilen", "heilt", "garantiert", "Heilung ist sicher", "Wundermittel", "100 ?%"],
            "Monaten?",
            ["Hälfte", "Median"]),
        new(
            "pt-BR",
            ["você deve", "você deveria", "deveria", "deve tomar", "precisa tomar", "tem que tomar", "tem de tomar", "é preciso tomar"],
            ["vai curar", "curará", "garant\\p{L}+", "cura certa", "milagre", "100 ?%"],
            "meses",
            ["metade", "mediana"]),
        new(
            "it",
            ["deve", "dovrebbe", "dovrebbero", "bisogna", "è necessario prendere", "deve prendere"],
            ["guarirà", "guariranno", "garantit\\p{L}*", "garantisce", "miracol\\p{L}*", "100 ?%"],
            "mesi",
            ["metà", "mediana"]),
    ];

    /// <summary>
    /// Texts allowed to give months in figures without saying "half"/"median" in the same text, each with its reason.
    /// Keys of ExplanationTexts; the same in every language.
    /// </summary>
    public static IReadOnlyDictionary<string, string> MonthsAllowed { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Caveat.progression-free-not-overall-survival"] =
            "olaparib's POLO trial: the text compares time without growth (medians) and says at once that people did not live longer overall; it is a caveat against over-reading the figure",
    };

    /// <summary>The lists for a culture (exact name), or <see langword="null"/>.</summary>
    public static SafetyLanguage? For(string culture) => All.FirstOrDefault(l => string.Equals(l.Culture, culture, StringComparison.OrdinalIgnoreCase));
}
