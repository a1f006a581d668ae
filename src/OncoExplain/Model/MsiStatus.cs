using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>The microsatellite-instability result.</summary>
public enum MsiStatus
{
    /// <summary>MSI-high: the tumour's spell-checker for DNA copying is broken.</summary>
    [JsonStringEnumMemberName("high")]
    High,

    /// <summary>Microsatellite stable (MSS).</summary>
    [JsonStringEnumMemberName("stable")]
    Stable,

    /// <summary>MSI-low: treated like stable.</summary>
    [JsonStringEnumMemberName("low")]
    Low,
}
