namespace OncoExplain.Cohorts;

/// <summary>How <see cref="CohortBatch"/> evaluates each profile.</summary>
public sealed record BatchOptions
{
    /// <summary>The default options: findings only, over <see cref="EligibilityEngine.Default"/>.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>Whether to build the full explanation of every valid profile (much slower than findings alone).</summary>
    public bool Explain { get; init; }

    /// <summary>The culture of the explanations; <see langword="null"/> uses the explainer's default.</summary>
    public string? Culture { get; init; }

    /// <summary>The engine that decides the findings; <see langword="null"/> uses <see cref="EligibilityEngine.Default"/>.</summary>
    public IEligibilityEngine? Engine { get; init; }

    /// <summary>The explainer used when <see cref="Explain"/> is set; <see langword="null"/> creates one with <see cref="OncoExplainer"/>.</summary>
    public IExplainer? Explainer { get; init; }

    /// <summary>The knowledge used to tell resistance rules from indications in the reasons; <see langword="null"/> uses <see cref="KnowledgeBase.Current"/>.</summary>
    public KnowledgeBase? Knowledge { get; init; }
}
