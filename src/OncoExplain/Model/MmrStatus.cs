using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>The mismatch-repair protein result (usually by immunohistochemistry).</summary>
public enum MmrStatus
{
    /// <summary>Mismatch-repair deficient (dMMR): one of the repair proteins is missing.</summary>
    [JsonStringEnumMemberName("deficient")]
    Deficient,

    /// <summary>Mismatch-repair proficient (pMMR).</summary>
    [JsonStringEnumMemberName("proficient")]
    Proficient,
}
