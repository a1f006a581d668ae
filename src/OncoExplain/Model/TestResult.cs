namespace OncoExplain;

/// <summary>
/// The answer a profile gives about one biomarker. <see cref="NotTested"/> is the default and is never read as negative.
/// </summary>
public enum TestResult
{
    /// <summary>Not tested, or the result is not in the profile.</summary>
    NotTested,

    /// <summary>Tested, and the marker is absent (for a gene: no pathogenic variant found).</summary>
    Negative,

    /// <summary>Tested, and the marker is present (for a gene: a pathogenic or likely pathogenic variant).</summary>
    Positive,

    /// <summary>Tested, but the result does not settle the question (a variant of uncertain significance, HER2 IHC 2+ without ISH).</summary>
    Inconclusive,
}
