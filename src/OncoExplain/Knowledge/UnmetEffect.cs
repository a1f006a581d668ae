using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>What a <see cref="ConditionOutcome.NotMet"/> condition does to its rule.</summary>
public enum UnmetEffect
{
    /// <summary>The rule does not apply: <see cref="FindingStatus.NotACandidate"/> for this rule. Wire name <c>rules-out</c>.</summary>
    [JsonStringEnumMemberName("rules-out")]
    RulesOut,

    /// <summary>Not yet: the rule may apply after other treatment, <see cref="FindingStatus.CandidateLater"/>. Wire name <c>later</c>.</summary>
    [JsonStringEnumMemberName("later")]
    Later,
}
