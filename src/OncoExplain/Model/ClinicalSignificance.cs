using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>The five-tier ACMG/AMP classification of a variant.</summary>
public enum ClinicalSignificance
{
    /// <summary>Pathogenic.</summary>
    [JsonStringEnumMemberName("pathogenic")]
    Pathogenic,

    /// <summary>Likely pathogenic.</summary>
    [JsonStringEnumMemberName("likely-pathogenic")]
    LikelyPathogenic,

    /// <summary>Of uncertain significance (VUS).</summary>
    [JsonStringEnumMemberName("uncertain")]
    Uncertain,

    /// <summary>Likely benign.</summary>
    [JsonStringEnumMemberName("likely-benign")]
    LikelyBenign,

    /// <summary>Benign.</summary>
    [JsonStringEnumMemberName("benign")]
    Benign,
}
