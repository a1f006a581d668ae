using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>The outcome of checking one rule condition against a profile. Wire names: <c>met</c>, <c>not-met</c>, <c>unknown</c>.</summary>
public enum ConditionOutcome
{
    /// <summary>The profile satisfies the condition.</summary>
    [JsonStringEnumMemberName("met")]
    Met,

    /// <summary>The profile contradicts the condition.</summary>
    [JsonStringEnumMemberName("not-met")]
    NotMet,

    /// <summary>The profile does not say (not tested, not recorded); never read as <see cref="NotMet"/>.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
