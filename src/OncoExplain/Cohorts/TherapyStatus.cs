using System.Collections.Immutable;
using OncoExplain.Internal;

namespace OncoExplain.Cohorts;

/// <summary>One therapy's status for one profile of a batch, with the conditions that kept it from being a candidate.</summary>
/// <param name="TherapyId">The therapy, one of <see cref="TherapyIds.All"/>.</param>
/// <param name="Status">The finding's status.</param>
/// <param name="Reasons">
/// Why the status is not <see cref="FindingStatus.Candidate"/>, as <c>condition=outcome</c> (for example
/// <c>ras-mutant=met</c> when a resistance rule decided, <c>left-sided-primary=not-met</c> or <c>ras-wild-type=unknown</c>
/// for an unmet or untested gating condition), in the finding's check order. Empty for candidates.
/// </param>
public sealed record TherapyStatus(string TherapyId, FindingStatus Status, ImmutableArray<string> Reasons)
{
    /// <inheritdoc />
    public bool Equals(TherapyStatus? other) =>
        other is not null && TherapyId == other.TherapyId && Status == other.Status && Sequences.Equal(Reasons, other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(TherapyId);
        hash.Add(Status);
        Sequences.AddTo(ref hash, Reasons);
        return hash.ToHashCode();
    }
}
