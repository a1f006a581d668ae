using System.Collections.Immutable;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>What a profile means for one therapy, with the reasons, the evidence and what is missing.</summary>
/// <param name="TherapyId">The therapy, one of <see cref="TherapyIds.All"/>.</param>
/// <param name="Status">Whether it is an option now, later, after a test, only in trials, or not.</param>
/// <param name="Bucket">The plain-language group for caregivers.</param>
/// <param name="Level">
/// The evidence level of the deciding rule for this profile; <see langword="null"/> for chemotherapy and surgery (no
/// biomarker) and for therapies ruled out without a resistance biomarker.
/// </param>
/// <param name="RuleIds">The rules that decided <paramref name="Status"/>, in catalogue order.</param>
/// <param name="Checks">
/// The why / why-not trace: every gating condition of the deciding rules, in rule order and then condition order, each once,
/// with its outcome; context conditions (which never gate) appear only when met, next to the caveat they add.
/// </param>
/// <param name="SourceIds">The sources of the deciding rules (at least one), ids of <see cref="KnowledgeBase.Sources"/>.</param>
/// <param name="CaveatCodes">Caveats that apply, from <see cref="OncoExplain.CaveatCodes.All"/>.</param>
/// <param name="MissingTests">Tests whose results would settle an open condition, from <see cref="TestIds.All"/>.</param>
/// <param name="DrugIds">
/// What the option means for this profile: each entry is one regimen written as drug or regimen ids joined with <c>+</c>
/// (<c>encorafenib+cetuximab</c>), readable by <see cref="Regimen.Parse(string)"/>. Empty when ruled out.
/// </param>
public sealed record Finding(
    string TherapyId,
    FindingStatus Status,
    CaregiverBucket Bucket,
    EvidenceLevel? Level,
    ImmutableArray<string> RuleIds,
    ImmutableArray<ConditionCheck> Checks,
    ImmutableArray<string> SourceIds,
    ImmutableArray<string> CaveatCodes,
    ImmutableArray<string> MissingTests,
    ImmutableArray<string> DrugIds)
{
    /// <summary>The check of one condition, or <see langword="null"/> when the deciding rules do not have it.</summary>
    /// <param name="conditionCode">A condition code.</param>
    /// <returns>The check.</returns>
    public ConditionCheck? CheckOf(string conditionCode)
    {
        foreach (var check in Checks)
        {
            if (check.Code == conditionCode)
            {
                return check;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null
        && TherapyId == other.TherapyId
        && Status == other.Status
        && Bucket == other.Bucket
        && Level == other.Level
        && Sequences.Equal(RuleIds, other.RuleIds)
        && Sequences.Equal(Checks, other.Checks)
        && Sequences.Equal(SourceIds, other.SourceIds)
        && Sequences.Equal(CaveatCodes, other.CaveatCodes)
        && Sequences.Equal(MissingTests, other.MissingTests)
        && Sequences.Equal(DrugIds, other.DrugIds);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(TherapyId);
        hash.Add(Status);
        hash.Add(Bucket);
        hash.Add(Level);
        Sequences.AddTo(ref hash, RuleIds);
        Sequences.AddTo(ref hash, Checks);
        Sequences.AddTo(ref hash, SourceIds);
        Sequences.AddTo(ref hash, CaveatCodes);
        Sequences.AddTo(ref hash, MissingTests);
        Sequences.AddTo(ref hash, DrugIds);
        return hash.ToHashCode();
    }
}
