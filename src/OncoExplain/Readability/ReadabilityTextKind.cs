namespace OncoExplain;

/// <summary>The kind of text a readability target applies to; the summary has the stricter target.</summary>
/// <remarks>The default value is <see cref="Section"/>.</remarks>
public enum ReadabilityTextKind
{
    /// <summary>A section of an explanation: English Flesch-Kincaid grade ≤ 8 or its equivalent.</summary>
    Section = 0,

    /// <summary>The summary of an explanation: English Flesch-Kincaid grade ≤ 6.5 or its equivalent.</summary>
    Summary = 1,
}
