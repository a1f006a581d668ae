using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>A condition a rule may check, with what its outcomes mean.</summary>
public sealed record ConditionDefinition
{
    /// <summary>The stable kebab-case code, one of <see cref="ConditionCodes.All"/>.</summary>
    public required string Code { get; init; }

    /// <summary>What part of the profile the condition looks at.</summary>
    public required ConditionKind Kind { get; init; }

    /// <summary>A short English clinician-level description for the rule catalogue.</summary>
    public required string Description { get; init; }

    /// <summary>What the values in <see cref="ConditionCheck.Arguments"/> are, by outcome (developer text).</summary>
    public required string Arguments { get; init; }

    /// <summary>What a not-met outcome does to the rule when the condition gates it.</summary>
    public required UnmetEffect WhenNotMet { get; init; }

    /// <summary>What an unknown outcome does to the rule when the condition gates it.</summary>
    public required UnknownEffect WhenUnknown { get; init; }

    /// <summary>The test that settles an unknown outcome in colorectal cancer, or <see langword="null"/>.</summary>
    public string? ColorectalTestId { get; init; }

    /// <summary>The test that settles an unknown outcome in pancreatic cancer, or <see langword="null"/>.</summary>
    public string? PancreaticTestId { get; init; }

    /// <summary>The caveat added when the outcome is unknown and <see cref="WhenUnknown"/> is <see cref="UnknownEffect.Caveat"/>.</summary>
    public string? UnknownCaveatCode { get; init; }

    /// <summary>Sources behind the condition itself (for example a threshold or a definition), possibly none.</summary>
    public ImmutableArray<string> SourceIds { get; init; } = [];

    /// <summary>The test that settles an unknown outcome in the given cancer, or <see langword="null"/>.</summary>
    /// <param name="cancer">The cancer.</param>
    /// <returns>A test id.</returns>
    public string? TestFor(CancerType cancer) => cancer == CancerType.Colorectal ? ColorectalTestId : PancreaticTestId;
}
