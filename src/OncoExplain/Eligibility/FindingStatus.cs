using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>What a profile means for one therapy. Wire names: <c>candidate</c>, <c>candidate-later</c>,
/// <c>needs-testing</c>, <c>investigational</c>, <c>not-a-candidate</c>.</summary>
/// <remarks>When several rules speak about one therapy, a fired resistance rule decides; otherwise the precedence is
/// candidate, needs-testing (for an option that would be open now), candidate-later, needs-testing (for an option that opens
/// only after more treatment), investigational, not-a-candidate.</remarks>
public enum FindingStatus
{
    /// <summary>The criteria of an approved or standard use are met now.</summary>
    [JsonStringEnumMemberName("candidate")]
    Candidate,

    /// <summary>The biomarker or disease fits; the option opens after other treatment (for example after first-line chemotherapy).</summary>
    [JsonStringEnumMemberName("candidate-later")]
    CandidateLater,

    /// <summary>A gating test or fact is missing; <see cref="Finding.MissingTests"/> names it.</summary>
    [JsonStringEnumMemberName("needs-testing")]
    NeedsTesting,

    /// <summary>Only trial or off-label evidence exists for this profile.</summary>
    [JsonStringEnumMemberName("investigational")]
    Investigational,

    /// <summary>Ruled out; <see cref="Finding.Checks"/> says why.</summary>
    [JsonStringEnumMemberName("not-a-candidate")]
    NotACandidate,
}
