using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>Whether a variant was found only in the tumour or was inherited.</summary>
public enum VariantOrigin
{
    /// <summary>Found in the tumour (the default when a report does not say).</summary>
    [JsonStringEnumMemberName("somatic")]
    Somatic,

    /// <summary>Inherited: present in every cell of the body, found by a blood or saliva test.</summary>
    [JsonStringEnumMemberName("germline")]
    Germline,
}
