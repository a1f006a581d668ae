namespace OncoExplain;

/// <summary>The languages whose readability formulas and syllable rules OncoExplain knows.</summary>
/// <remarks>The default value is <see cref="English"/>, which is also the fallback for any other language.</remarks>
public enum ReadabilityLanguage
{
    /// <summary>English (<c>en</c>): Flesch Reading Ease and Flesch-Kincaid grade.</summary>
    English = 0,

    /// <summary>French (<c>fr</c>): Kandel-Moles.</summary>
    French = 1,

    /// <summary>Spanish (<c>es</c>): Fernández-Huerta and Szigriszt-Pazos (INFLESZ).</summary>
    Spanish = 2,

    /// <summary>German (<c>de</c>): Amstad (Flesch-DE) and the first Wiener Sachtextformel.</summary>
    German = 3,

    /// <summary>Italian (<c>it</c>): Gulpease.</summary>
    Italian = 4,

    /// <summary>Portuguese (<c>pt</c>, including <c>pt-BR</c>): Flesch adapted for Portuguese.</summary>
    Portuguese = 5,
}
