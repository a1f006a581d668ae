using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>One eligibility rule: when its conditions hold for a profile of one of its cancers, it says what the therapy means.</summary>
public sealed record Rule
{
    /// <summary>The stable rule id, for example <c>anti-egfr-first-line-left</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The therapy the rule is about, one of <see cref="TherapyIds.All"/>.</summary>
    public required string TherapyId { get; init; }

    /// <summary>The cancers the rule is evaluated for.</summary>
    public required ImmutableArray<CancerType> Cancers { get; init; }

    /// <summary>What the rule says when every condition is met.</summary>
    public required RuleEffect Effect { get; init; }

    /// <summary>The gating conditions, in the order they are checked and reported.</summary>
    public required ImmutableArray<string> Conditions { get; init; }

    /// <summary>Conditions checked only for context, each adding a caveat (and a check in the trace) when met; never gating.</summary>
    public ImmutableArray<ContextCaveat> Context { get; init; } = [];

    /// <summary>The evidence level, or <see langword="null"/> for chemotherapy and surgery, which have no biomarker.</summary>
    public EvidenceLevel? Level { get; init; }

    /// <summary>The plain-language group when the rule decides a finding that is not ruled out.</summary>
    public required CaregiverBucket Bucket { get; init; }

    /// <summary>The sources, ids of <see cref="KnowledgeBase.Sources"/>; at least one.</summary>
    public required ImmutableArray<string> SourceIds { get; init; }

    /// <summary>The regimens the rule stands for, each written as ids joined with <c>+</c>; empty for resistance rules.</summary>
    public ImmutableArray<string> DrugIds { get; init; } = [];

    /// <summary>Caveats that always come with the rule.</summary>
    public ImmutableArray<string> CaveatCodes { get; init; } = [];

    /// <summary>The regulatory or evidence basis in a few English words, for example <c>FDA accelerated approval 2024-12-04</c>.</summary>
    public required string Basis { get; init; }

    /// <summary>A short English clinician-level description for the rule catalogue.</summary>
    public required string Description { get; init; }
}
