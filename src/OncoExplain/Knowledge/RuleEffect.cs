using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>What a rule says when all its conditions are met.</summary>
public enum RuleEffect
{
    /// <summary>An approved or standard use: the therapy is a <see cref="FindingStatus.Candidate"/>. Wire name <c>indication</c>.</summary>
    [JsonStringEnumMemberName("indication")]
    Indication,

    /// <summary>Trial or off-label evidence only: the therapy is <see cref="FindingStatus.Investigational"/>. Wire name <c>investigational</c>.</summary>
    [JsonStringEnumMemberName("investigational")]
    Investigational,

    /// <summary>A resistance marker: the therapy is <see cref="FindingStatus.NotACandidate"/>, whatever other rules say. Wire name <c>resistance</c>.</summary>
    [JsonStringEnumMemberName("resistance")]
    Resistance,
}
