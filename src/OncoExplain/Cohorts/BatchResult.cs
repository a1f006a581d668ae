using System.Collections.Immutable;
using OncoExplain.Internal;

namespace OncoExplain.Cohorts;

/// <summary>
/// The result for one line of a batch: the findings, next steps and markers of a valid profile, or the errors of an
/// invalid line. Written by <see cref="BatchJsonl"/> and <see cref="BatchCsv"/>; read back by <see cref="BatchJsonl.ReadResult(string)"/>.
/// </summary>
public sealed record BatchResult
{
    /// <summary>The 1-based line number in the input.</summary>
    public required int Line { get; init; }

    /// <summary>The profile's id, or <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>The cancer, or <see langword="null"/> when the line is invalid.</summary>
    public CancerType? Cancer { get; init; }

    /// <summary>One status per therapy relevant to the cancer, in <see cref="TherapyIds.All"/> order; empty when invalid.</summary>
    public ImmutableArray<TherapyStatus> Findings { get; init; } = [];

    /// <summary>The recommended test ids, most important first.</summary>
    public ImmutableArray<string> NextSteps { get; init; } = [];

    /// <summary>The summary markers (<see cref="CohortMarkers.Of(TumourProfile)"/>).</summary>
    public ImmutableArray<MarkerResult> Markers { get; init; } = [];

    /// <summary>Why the line is not a valid profile; empty when valid.</summary>
    public ImmutableArray<ProfileIssue> Errors { get; init; } = [];

    /// <summary>Warnings about a profile that was still read.</summary>
    public ImmutableArray<ProfileIssue> Warnings { get; init; } = [];

    /// <summary>The profile, when evaluated in this process (not when read back from JSONL).</summary>
    public TumourProfile? Profile { get; init; }

    /// <summary>The full eligibility result, when evaluated in this process.</summary>
    public EligibilityResult? Eligibility { get; init; }

    /// <summary>The explanation, when <see cref="BatchOptions.Explain"/> was set.</summary>
    public Explanation? Explanation { get; init; }

    /// <summary>Whether the line was a valid profile.</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>The status for a therapy, or <see langword="null"/> when the therapy is not relevant to the cancer.</summary>
    /// <param name="therapyId">A therapy id.</param>
    /// <returns>The status.</returns>
    public TherapyStatus? StatusOf(string therapyId) => Findings.FirstOrDefault(f => f.TherapyId == therapyId);

    /// <inheritdoc />
    public bool Equals(BatchResult? other) =>
        other is not null
        && Line == other.Line
        && Id == other.Id
        && Cancer == other.Cancer
        && Sequences.Equal(Findings, other.Findings)
        && Sequences.Equal(NextSteps, other.NextSteps)
        && Sequences.Equal(Markers, other.Markers)
        && Sequences.Equal(Errors, other.Errors)
        && Sequences.Equal(Warnings, other.Warnings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Id, Cancer, Findings.Length, Errors.Length);
}
