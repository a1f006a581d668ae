using System.Collections.Immutable;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>One treatment option as the explanation presents it: the engine's finding, put into words.</summary>
/// <param name="TherapyId">The therapy id (<c>anti-egfr</c>, <c>parp-maintenance</c>…), the same in every culture.</param>
/// <param name="Status">What the profile says about this option.</param>
/// <param name="Name">The option's name in the explanation's culture.</param>
/// <param name="StatusText">The status in words (<c>May be an option now</c>).</param>
/// <param name="Reasons">Why, sentence by sentence, from the conditions checked.</param>
/// <param name="EvidenceText">The evidence in plain words: who approved it and on which trial, or what kind of study.</param>
/// <param name="SourceIds">The sources of the finding (knowledge-base ids, listed under <see cref="Explanation.Sources"/>).</param>
/// <param name="Bucket">The plain-language bucket.</param>
/// <param name="BucketText">The bucket in words (<c>Worth asking about</c>).</param>
/// <param name="Level">The evidence level, when the knowledge base gives one.</param>
/// <param name="Finding">The engine's finding with every condition checked (codes, outcomes, rule ids).</param>
public sealed record ExplainedFinding(
    string TherapyId,
    FindingStatus Status,
    string Name,
    string StatusText,
    ImmutableArray<string> Reasons,
    string EvidenceText,
    ImmutableArray<string> SourceIds,
    CaregiverBucket Bucket,
    string BucketText,
    EvidenceLevel? Level,
    Finding Finding)
{
    /// <inheritdoc />
    public bool Equals(ExplainedFinding? other) =>
        other is not null
        && TherapyId == other.TherapyId
        && Status == other.Status
        && Name == other.Name
        && StatusText == other.StatusText
        && Sequences.Equal(Reasons, other.Reasons)
        && EvidenceText == other.EvidenceText
        && Sequences.Equal(SourceIds, other.SourceIds)
        && Bucket == other.Bucket
        && BucketText == other.BucketText
        && Level == other.Level
        && Finding.Equals(other.Finding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TherapyId, Status, Name, Reasons.Length, EvidenceText);
}
