using System.Globalization;

namespace OncoExplain;

/// <summary>The reading order of a rendered explanation, shared by the text, Markdown and HTML renderers.</summary>
internal static class ExplanationLayout
{
    private static readonly FindingStatus[] StatusOrder =
    [
        FindingStatus.Candidate, FindingStatus.CandidateLater, FindingStatus.NeedsTesting, FindingStatus.Investigational, FindingStatus.NotACandidate,
    ];

    public static string Write(Explanation explanation, DocumentWriter writer)
    {
        var labels = explanation.Labels;
        writer.BeginDocument(explanation);

        writer.BeginPart("summary", labels.Summary, 2);
        foreach (var paragraph in explanation.Summary)
        {
            writer.Paragraph(paragraph);
        }

        writer.EndPart();

        if (!explanation.Warnings.IsEmpty)
        {
            writer.BeginPart("warnings", labels.Warnings, 2);
            writer.List(explanation.Warnings.Select(w => w.Message));
            writer.EndPart();
        }

        foreach (var section in explanation.Sections)
        {
            WriteSection(writer, section);
        }

        WriteFindings(explanation, writer);

        if (!explanation.NextSteps.IsEmpty)
        {
            writer.BeginPart("next-steps", labels.NextSteps, 2);
            writer.List(explanation.NextSteps.Select(s => s.Text));
            writer.EndPart();
        }

        writer.BeginPart("questions", labels.Questions, 2);
        writer.List(explanation.Questions, ordered: true);
        writer.EndPart();

        if (explanation.Audience == Audience.Caregiver)
        {
            writer.BeginPart("supportive-care", labels.SupportiveCare, 2);
            foreach (var topic in explanation.SupportiveCare)
            {
                writer.Entry(topic.Heading, topic.Paragraphs);
            }

            writer.EndPart();

            writer.BeginPart("faq", labels.Faq, 2);
            foreach (var entry in explanation.Faq)
            {
                writer.Entry(entry.Question, [entry.Answer]);
            }

            writer.EndPart();

            writer.BeginPart("glossary", labels.Glossary, 2);
            foreach (var entry in explanation.Glossary)
            {
                writer.Entry(entry.Term, [entry.Definition]);
            }

            writer.EndPart();
        }

        writer.BeginPart("sources", labels.Sources, 2);
        writer.List(explanation.Sources.Select(s => s.Url is null ? $"[{s.Id}] {s.Citation}" : $"[{s.Id}] {s.Citation} {s.Url}"));
        writer.EndPart();

        writer.BeginPart("disclaimer", labels.Disclaimer, 2);
        writer.Paragraph(explanation.Disclaimer);
        writer.Note(labels.KnowledgeVersion);
        writer.EndPart();

        writer.EndDocument();
        return writer.Result();
    }

    private static void WriteSection(DocumentWriter writer, ExplanationSection section)
    {
        writer.BeginPart(section.Id, section.Heading, 2);
        foreach (var paragraph in section.Paragraphs)
        {
            writer.Paragraph(paragraph);
        }

        writer.EndPart();
    }

    private static void WriteFindings(Explanation explanation, DocumentWriter writer)
    {
        var labels = explanation.Labels;
        writer.BeginPart("options", labels.Options, 2);
        writer.Paragraph(labels.OptionsIntro);
        foreach (var status in StatusOrder)
        {
            var group = explanation.Findings.Where(f => f.Status == status).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            writer.BeginPart("options-" + status.ToWireName(), group[0].StatusText, 3);
            foreach (var finding in group)
            {
                var description = new List<string>(finding.Reasons.Length + 2);
                description.AddRange(finding.Reasons);
                description.Add($"{labels.Evidence} {finding.EvidenceText} [{string.Join(", ", finding.SourceIds)}]");
                if (explanation.Audience == Audience.Clinician)
                {
                    description.Add(ClinicianDetail(finding, labels));
                }

                writer.Entry(finding.Name, description);
            }

            writer.EndPart();
        }

        writer.EndPart();
    }

    private static string ClinicianDetail(ExplainedFinding finding, ExplanationLabels labels)
    {
        var level = finding.Level is { } l ? l.ToWireName() : "-";
        var checks = string.Join("; ", finding.Finding.Checks.Select(c => c.Arguments.IsEmpty
            ? $"{c.Code}={c.Outcome.ToWireName()}"
            : string.Create(CultureInfo.InvariantCulture, $"{c.Code}({string.Join(",", c.Arguments)})={c.Outcome.ToWireName()}")));
        return $"{labels.Level} {level} · {finding.BucketText} · {labels.Rules} {string.Join(", ", finding.Finding.RuleIds)} · {checks}";
    }
}
