using System.Globalization;
using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The default <see cref="IExplainer"/>: pure, deterministic and thread-safe; it reads no clock, file, network or ambient culture.</summary>
internal sealed class Explainer : IExplainer
{
    private readonly OncoExplainOptions _options;
    private readonly IEligibilityEngine _engine;
    private readonly CultureTexts.Cache _cultures;

    /// <summary>Creates an explainer over a copy of <paramref name="options"/> (later changes to them do not affect it).</summary>
    /// <exception cref="ArgumentException">The options are not usable (see <see cref="OncoExplainOptions.Problems"/>).</exception>
    public Explainer(OncoExplainOptions options, IEligibilityEngine engine)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engine);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options.Snapshot();
        _engine = engine;
        _cultures = new CultureTexts.Cache(_options.TextOverrides, _options.ThrowOnMissingText);
    }

    private static IEnumerable<(string Id, IEnumerable<string> Texts)> ReadableParts(
        ImmutableArray<ExplanationSection> sections,
        ImmutableArray<ExplainedFinding> findings,
        ImmutableArray<NextStep> nextSteps,
        ImmutableArray<string> questions,
        ImmutableArray<ExplanationSection> care,
        ImmutableArray<FaqEntry> faq)
    {
        foreach (var section in sections)
        {
            yield return (section.Id, section.Paragraphs);
        }

        yield return ("options", findings.SelectMany(f => f.Reasons.Append(f.EvidenceText)));
        yield return ("next-steps", nextSteps.Select(s => s.Text));
        yield return ("questions", questions);
        yield return ("supportive-care", care.SelectMany(s => s.Paragraphs));
        yield return ("faq", faq.SelectMany(f => new[] { f.Question, f.Answer }));
    }

    public Explanation Explain(TumourProfile profile, ExplanationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var requested = options?.Culture ?? _options.DefaultCulture;
        var audience = options?.Audience ?? _options.DefaultAudience;
        var culture = _cultures.For(requested);
        var texts = culture.Texts;
        var context = new ExplainContext(profile, culture, audience);
        var eligibility = _engine.Evaluate(profile);
        var knowledge = KnowledgeBase.Current;

        var summary = SummaryWriter.Write(context, eligibility);
        var sections = SectionCatalog.For(profile.Cancer).Select(w => w.Write(context)).OfType<ExplanationSection>().ToImmutableArray();
        var findings = FindingWriter.Write(context, eligibility.Findings);
        var nextSteps = NextStepWriter.Write(context, eligibility);
        var questions = QuestionWriter.Write(context, eligibility);
        var care = SupportiveCareWriter.Write(context);
        var faq = FaqWriter.Write(context);
        var warnings = WarningWriter.Write(context);
        var date = knowledge.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var disclaimer = texts.Get("Disclaimer", ("version", knowledge.Version), ("date", date));
        var title = texts[$"Title.{profile.Cancer}"];

        // Sections, supportive care and findings recorded their glossary terms as they were composed; the rest is found here.
        var glossary = culture.Glossary;
        var terms = context.Terms | glossary.Find(summary);
        foreach (var step in nextSteps)
        {
            terms |= glossary.Find(step.Text);
        }

        terms |= glossary.Find(questions);
        foreach (var entry in faq)
        {
            terms |= glossary.Find(entry.Question) | glossary.Find(entry.Answer);
        }

        return new Explanation(new ExplanationParts
        {
            Culture = texts.CultureUsed,
            RequestedCulture = requested,
            Audience = audience,
            KnowledgeVersion = knowledge.Version,
            KnowledgeDate = knowledge.AsOf,
            Id = profile.Id,
            Cancer = profile.Cancer,
            Title = title,
            Summary = summary,
            Sections = sections,
            Findings = findings,
            NextSteps = nextSteps,
            Questions = questions,
            SupportiveCare = care,
            Faq = faq,
            Glossary = GlossaryWriter.Write(context, terms),
            Sources = SourceWriter.Write(context),
            Warnings = warnings,
            Disclaimer = disclaimer,
            Readability = () => ReadabilityWriter.Write(texts.CultureUsed, summary, ReadableParts(sections, findings, nextSteps, questions, care, faq)),
            Labels = LabelWriter.Write(texts, knowledge.Version, date),
        });
    }
}
