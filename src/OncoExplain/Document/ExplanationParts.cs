using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The pieces an <see cref="Explanation"/> is assembled from (internal, so the document stays immutable).</summary>
internal sealed class ExplanationParts
{
    public required string Culture { get; init; }

    public required string RequestedCulture { get; init; }

    public required Audience Audience { get; init; }

    public required string KnowledgeVersion { get; init; }

    public required DateOnly KnowledgeDate { get; init; }

    public string? Id { get; init; }

    public required CancerType Cancer { get; init; }

    public required string Title { get; init; }

    public required ImmutableArray<string> Summary { get; init; }

    public required ImmutableArray<ExplanationSection> Sections { get; init; }

    public required ImmutableArray<ExplainedFinding> Findings { get; init; }

    public required ImmutableArray<NextStep> NextSteps { get; init; }

    public required ImmutableArray<string> Questions { get; init; }

    public required ImmutableArray<ExplanationSection> SupportiveCare { get; init; }

    public required ImmutableArray<FaqEntry> Faq { get; init; }

    public required ImmutableArray<GlossaryEntry> Glossary { get; init; }

    public required ImmutableArray<SourceReference> Sources { get; init; }

    public required ImmutableArray<ExplanationWarning> Warnings { get; init; }

    public required string Disclaimer { get; init; }

    /// <summary>Measures the prose; called at most once, when <see cref="Explanation.Readability"/> is first read.</summary>
    public required Func<ExplanationReadability> Readability { get; init; }

    public required ExplanationLabels Labels { get; init; }
}
