using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>A therapy option the knowledge base has rules for.</summary>
public sealed record Therapy
{
    /// <summary>The stable id, one of <see cref="TherapyIds.All"/>.</summary>
    public required string Id { get; init; }

    /// <summary>A short English clinician-level name (not caregiver text).</summary>
    public required string Name { get; init; }

    /// <summary>The cancers the therapy has rules for.</summary>
    public required ImmutableArray<CancerType> Cancers { get; init; }

    /// <summary>Whether the therapy has a tumour-agnostic (any solid tumour) approval.</summary>
    public bool TumourAgnostic { get; init; }

    /// <summary>A short English clinician-level description for the rule catalogue.</summary>
    public required string Description { get; init; }
}
