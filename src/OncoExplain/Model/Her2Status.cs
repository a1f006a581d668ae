using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>A HER2 (ERBB2) test result by immunohistochemistry (IHC), in-situ hybridisation (ISH) or sequencing.</summary>
public enum Her2Status
{
    /// <summary>IHC 3+: strong overexpression.</summary>
    [JsonStringEnumMemberName("ihc3+")]
    Ihc3Plus,

    /// <summary>IHC 2+ confirmed by ISH: positive.</summary>
    [JsonStringEnumMemberName("ihc2+/ish+")]
    Ihc2PlusIshPositive,

    /// <summary>IHC 2+ and ISH negative.</summary>
    [JsonStringEnumMemberName("ihc2+/ish-")]
    Ihc2PlusIshNegative,

    /// <summary>IHC 2+ without an ISH result: equivocal.</summary>
    [JsonStringEnumMemberName("ihc2+")]
    Ihc2Plus,

    /// <summary>IHC 1+.</summary>
    [JsonStringEnumMemberName("ihc1+")]
    Ihc1Plus,

    /// <summary>IHC 0.</summary>
    [JsonStringEnumMemberName("ihc0")]
    Ihc0,

    /// <summary>ERBB2 amplified (ISH or sequencing).</summary>
    [JsonStringEnumMemberName("amplified")]
    Amplified,

    /// <summary>ERBB2 not amplified.</summary>
    [JsonStringEnumMemberName("not-amplified")]
    NotAmplified,
}
