namespace OncoExplain;

/// <summary>The five-tier ACMG/AMP classification of a variant.</summary>
public enum ClinicalSignificance
{
    /// <summary>Pathogenic.</summary>
    Pathogenic,

    /// <summary>Likely pathogenic.</summary>
    LikelyPathogenic,

    /// <summary>Of uncertain significance (VUS).</summary>
    Uncertain,

    /// <summary>Likely benign.</summary>
    LikelyBenign,

    /// <summary>Benign.</summary>
    Benign,
}
