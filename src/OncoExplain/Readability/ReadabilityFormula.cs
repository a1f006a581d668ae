namespace OncoExplain;

/// <summary>A readability formula. Coefficients and sources are listed in <c>docs/readability.md</c>.</summary>
/// <remarks>The default value is <see cref="FleschReadingEase"/>.</remarks>
public enum ReadabilityFormula
{
    /// <summary>Flesch Reading Ease (English); higher is easier, 60–70 is "plain English".</summary>
    FleschReadingEase = 0,

    /// <summary>Flesch-Kincaid grade level (English); a US school grade, lower is easier.</summary>
    FleschKincaidGrade = 1,

    /// <summary>Kandel-Moles, the French adaptation of Flesch Reading Ease; higher is easier.</summary>
    KandelMoles = 2,

    /// <summary>Fernández-Huerta, the Spanish adaptation of Flesch Reading Ease; higher is easier.</summary>
    FernandezHuerta = 3,

    /// <summary>Szigriszt-Pazos perspicuity, read on the INFLESZ scale (Spanish); higher is easier.</summary>
    SzigrisztPazos = 4,

    /// <summary>Amstad, the German adaptation of Flesch Reading Ease (Flesch-DE); higher is easier.</summary>
    Amstad = 5,

    /// <summary>The first Wiener Sachtextformel (German); a school grade from 4 to 15, lower is easier.</summary>
    WienerSachtextformel = 6,

    /// <summary>Gulpease index (Italian), from letters and sentences per word; 0–100, higher is easier.</summary>
    Gulpease = 7,

    /// <summary>Flesch Reading Ease adapted for (Brazilian) Portuguese by Martins et al.; higher is easier.</summary>
    FleschPortuguese = 8,
}
