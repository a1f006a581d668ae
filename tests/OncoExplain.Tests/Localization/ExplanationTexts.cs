namespace OncoExplain.Tests.Localization;

/// <summary>Every piece of reader-facing text in an explanation (citations excluded: they are bibliographic).</summary>
internal static class ExplanationTexts
{
    public static IEnumerable<string> Of(Explanation e) =>
        e.Summary
            .Append(e.Title)
            .Append(e.Disclaimer)
            .Concat(e.Sections.SelectMany(s => s.Paragraphs.Prepend(s.Heading)))
            .Concat(e.Findings.SelectMany(f => f.Reasons.Append(f.Name).Append(f.StatusText).Append(f.EvidenceText)))
            .Concat(e.NextSteps.Select(s => s.Text))
            .Concat(e.Questions)
            .Concat(e.SupportiveCare.SelectMany(s => s.Paragraphs.Prepend(s.Heading)))
            .Concat(e.Faq.SelectMany(f => new[] { f.Question, f.Answer }))
            .Concat(e.Glossary.SelectMany(g => new[] { g.Term, g.Definition }))
            .Concat(e.Warnings.Select(w => w.Message))
            .Concat([e.Labels.Summary, e.Labels.Options, e.Labels.OptionsIntro, e.Labels.NextSteps, e.Labels.Questions, e.Labels.SupportiveCare,
                e.Labels.Faq, e.Labels.Glossary, e.Labels.Sources, e.Labels.Warnings, e.Labels.Disclaimer, e.Labels.Reasons, e.Labels.Evidence,
                e.Labels.KnowledgeVersion, e.Labels.Readability]);
}
