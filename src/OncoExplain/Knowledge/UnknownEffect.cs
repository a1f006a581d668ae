using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>What an <see cref="ConditionOutcome.Unknown"/> condition does to its rule. Unknown is never read as not met.</summary>
public enum UnknownEffect
{
    /// <summary>A test would settle it: <see cref="FindingStatus.NeedsTesting"/>, naming the test. Wire name <c>needs-testing</c>.</summary>
    [JsonStringEnumMemberName("needs-testing")]
    NeedsTesting,

    /// <summary>It will be known after treatment: <see cref="FindingStatus.CandidateLater"/>. Wire name <c>later</c>.</summary>
    [JsonStringEnumMemberName("later")]
    Later,

    /// <summary>The rule still applies, with a caveat naming what was not recorded. Wire name <c>caveat</c>.</summary>
    [JsonStringEnumMemberName("caveat")]
    Caveat,
}
