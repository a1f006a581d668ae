namespace OncoExplain;

/// <summary>The microsatellite-instability result.</summary>
public enum MsiStatus
{
    /// <summary>MSI-high: the tumour's spell-checker for DNA copying is broken.</summary>
    High,

    /// <summary>Microsatellite stable (MSS).</summary>
    Stable,

    /// <summary>MSI-low: treated like stable.</summary>
    Low,
}
