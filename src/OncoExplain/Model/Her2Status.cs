namespace OncoExplain;

/// <summary>A HER2 (ERBB2) test result by immunohistochemistry (IHC), in-situ hybridisation (ISH) or sequencing.</summary>
public enum Her2Status
{
    /// <summary>IHC 3+: strong overexpression.</summary>
    Ihc3Plus,

    /// <summary>IHC 2+ confirmed by ISH: positive.</summary>
    Ihc2PlusIshPositive,

    /// <summary>IHC 2+ and ISH negative.</summary>
    Ihc2PlusIshNegative,

    /// <summary>IHC 2+ without an ISH result: equivocal.</summary>
    Ihc2Plus,

    /// <summary>IHC 1+.</summary>
    Ihc1Plus,

    /// <summary>IHC 0.</summary>
    Ihc0,

    /// <summary>ERBB2 amplified (ISH or sequencing).</summary>
    Amplified,

    /// <summary>ERBB2 not amplified.</summary>
    NotAmplified,
}
