using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>
/// A complete, personalized explanation of one tumour profile: the document every renderer (text, Markdown, HTML, JSON)
/// works from. Immutable; the same profile, culture, audience and knowledge version always give an equal document.
/// </summary>
public sealed class Explanation
{
    private readonly Lazy<ExplanationReadability> readability;

    internal Explanation(ExplanationParts parts)
    {
        Culture = parts.Culture;
        RequestedCulture = parts.RequestedCulture;
        Audience = parts.Audience;
        KnowledgeVersion = parts.KnowledgeVersion;
        KnowledgeDate = parts.KnowledgeDate;
        Id = parts.Id;
        Cancer = parts.Cancer;
        Title = parts.Title;
        Summary = parts.Summary;
        Sections = parts.Sections;
        Findings = parts.Findings;
        NextSteps = parts.NextSteps;
        Questions = parts.Questions;
        SupportiveCare = parts.SupportiveCare;
        Faq = parts.Faq;
        Glossary = parts.Glossary;
        Sources = parts.Sources;
        Warnings = parts.Warnings;
        Disclaimer = parts.Disclaimer;
        readability = new Lazy<ExplanationReadability>(parts.Readability, LazyThreadSafetyMode.ExecutionAndPublication);
        Labels = parts.Labels;
    }

    /// <summary>The culture the texts are actually written in (<c>fr</c> when <c>fr-CA</c> was asked for).</summary>
    public string Culture { get; }

    /// <summary>The culture that was asked for.</summary>
    public string RequestedCulture { get; }

    /// <summary>Who the explanation is written for.</summary>
    public Audience Audience { get; }

    /// <summary>The knowledge version the findings come from, for example <c>2026.11</c>.</summary>
    public string KnowledgeVersion { get; }

    /// <summary>The date the knowledge was last checked.</summary>
    public DateOnly KnowledgeDate { get; }

    /// <summary>The caller's label from the profile, echoed back unchanged (renderers escape it).</summary>
    public string? Id { get; }

    /// <summary>The cancer explained.</summary>
    public CancerType Cancer { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>A short summary, written to be read first.</summary>
    public ImmutableArray<string> Summary { get; }

    /// <summary>The explanation's sections, in reading order (ids such as <c>kras-switch</c> or <c>portal-vein</c>).</summary>
    public ImmutableArray<ExplanationSection> Sections { get; }

    /// <summary>Every treatment option considered, with its status, reasons and evidence.</summary>
    public ImmutableArray<ExplainedFinding> Findings { get; }

    /// <summary>Tests missing from the profile that could change the options, most important first.</summary>
    public ImmutableArray<NextStep> NextSteps { get; }

    /// <summary>Questions to bring to the care team, the profile's gaps first.</summary>
    public ImmutableArray<string> Questions { get; }

    /// <summary>Supportive care: comfort and daily life.</summary>
    public ImmutableArray<ExplanationSection> SupportiveCare { get; }

    /// <summary>Frequently asked questions.</summary>
    public ImmutableArray<FaqEntry> Faq { get; }

    /// <summary>Every technical term used in the explanation, defined in plain words.</summary>
    public ImmutableArray<GlossaryEntry> Glossary { get; }

    /// <summary>The sources of the facts and findings.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <summary>Notes about the profile (conflicts, values not interpreted).</summary>
    public ImmutableArray<ExplanationWarning> Warnings { get; }

    /// <summary>The disclaimer, with the knowledge version and date.</summary>
    public string Disclaimer { get; }

    /// <summary>The measured reading level of the summary, each section and the whole.</summary>
    /// <remarks>Measured on first read (only the JSON rendering and callers that ask need it), then kept; the value does not
    /// depend on when it is read, and concurrent first reads measure once.</remarks>
    public ExplanationReadability Readability => readability.Value;

    /// <summary>Headings and labels for renderers, in the explanation's culture.</summary>
    public ExplanationLabels Labels { get; }
}
