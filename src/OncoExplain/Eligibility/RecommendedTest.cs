using System.Collections.Immutable;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>A test worth asking about, found from the gaps in a profile.</summary>
/// <param name="TestId">The test, one of <see cref="TestIds.All"/>.</param>
/// <param name="ReasonCode">Why, one of <see cref="ReasonCodes.All"/>.</param>
/// <param name="TherapyIds">The therapies whose finding the result would settle, in finding order; may be empty (for example germline testing recommended for everyone).</param>
public sealed record RecommendedTest(string TestId, string ReasonCode, ImmutableArray<string> TherapyIds)
{
    /// <inheritdoc />
    public bool Equals(RecommendedTest? other) =>
        other is not null
        && TestId == other.TestId
        && ReasonCode == other.ReasonCode
        && Sequences.Equal(TherapyIds, other.TherapyIds);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(TestId);
        hash.Add(ReasonCode);
        Sequences.AddTo(ref hash, TherapyIds);
        return hash.ToHashCode();
    }
}
