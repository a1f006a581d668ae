using System.Collections.Immutable;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>Everything the eligibility engine found for one profile.</summary>
/// <param name="Findings">One finding per therapy relevant to the profile's cancer (tumour-agnostic ones included), in <see cref="TherapyIds.All"/> order.</param>
/// <param name="NextSteps">Tests worth asking about, most important first.</param>
/// <param name="KnowledgeVersion">The <see cref="KnowledgeBase.Version"/> used.</param>
public sealed record EligibilityResult(ImmutableArray<Finding> Findings, ImmutableArray<RecommendedTest> NextSteps, string KnowledgeVersion)
{
    /// <summary>The finding for a therapy, or <see langword="null"/> when the therapy is not relevant to the profile's cancer.</summary>
    /// <param name="therapyId">A therapy id.</param>
    /// <returns>The finding.</returns>
    public Finding? FindingFor(string therapyId)
    {
        foreach (var finding in Findings)
        {
            if (finding.TherapyId == therapyId)
            {
                return finding;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(EligibilityResult? other) =>
        other is not null
        && KnowledgeVersion == other.KnowledgeVersion
        && Sequences.Equal(Findings, other.Findings)
        && Sequences.Equal(NextSteps, other.NextSteps);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(KnowledgeVersion);
        Sequences.AddTo(ref hash, Findings);
        Sequences.AddTo(ref hash, NextSteps);
        return hash.ToHashCode();
    }
}
