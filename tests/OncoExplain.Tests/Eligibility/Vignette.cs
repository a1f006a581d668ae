namespace OncoExplain.Tests.Eligibility;

/// <summary>A clinical vignette written from the fact sheet: a profile and what the engine must say about it.</summary>
internal sealed record Vignette(string Name, string FactSheet, Func<TumourProfile> Profile, Expect[] Findings, Step[]? NextSteps = null)
{
    public override string ToString() => Name;
}

/// <summary>The expected finding for one therapy, with optional details.</summary>
internal sealed record Expect(string Therapy, FindingStatus Status)
{
    /// <summary>A condition that must be among the checks, with <see cref="Outcome"/>.</summary>
    public string? Check { get; init; }

    public ConditionOutcome Outcome { get; init; }

    /// <summary>The arguments of <see cref="Check"/>, joined with spaces, when given.</summary>
    public string? Arguments { get; init; }

    public string? Missing { get; init; }

    public string? Caveat { get; init; }

    public string? Drug { get; init; }

    public string? Rule { get; init; }

    public EvidenceLevel? Level { get; init; }

    /// <summary>When set, the finding must not be present at all (therapy not relevant to the cancer).</summary>
    public bool Absent { get; init; }
}

/// <summary>A recommended test that must be present (optionally at a position), or absent when <paramref name="Absent"/> is set.</summary>
internal sealed record Step(string Test, string Reason, int? Position = null, bool Absent = false);
