using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>An organ or region the cancer has spread to.</summary>
public enum MetastaticSite
{
    /// <summary>The liver.</summary>
    [JsonStringEnumMemberName("liver")]
    Liver,

    /// <summary>The lungs.</summary>
    [JsonStringEnumMemberName("lung")]
    Lung,

    /// <summary>The lining of the belly (peritoneum).</summary>
    [JsonStringEnumMemberName("peritoneum")]
    Peritoneum,

    /// <summary>Bone.</summary>
    [JsonStringEnumMemberName("bone")]
    Bone,

    /// <summary>The brain.</summary>
    [JsonStringEnumMemberName("brain")]
    Brain,

    /// <summary>Lymph nodes far from the primary tumour.</summary>
    [JsonStringEnumMemberName("distant-lymph-nodes")]
    DistantLymphNodes,

    /// <summary>Any other site.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
