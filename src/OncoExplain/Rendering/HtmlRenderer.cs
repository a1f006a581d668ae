using System.Text;

namespace OncoExplain;

/// <summary>
/// A complete, self-contained, printable HTML page: no scripts, no external resources, semantic landmarks and headings,
/// the document language set, and every piece of text escaped.
/// </summary>
internal sealed class HtmlRenderer : DocumentWriter
{
    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.6; color: #1a1a1a; background: #ffffff; margin: 0; }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 0.25rem; }
        h2 { font-size: 1.4rem; margin: 2.2rem 0 0.6rem; border-bottom: 2px solid #d0d7de; padding-bottom: 0.2rem; }
        h3 { font-size: 1.15rem; margin: 1.5rem 0 0.4rem; }
        h4 { font-size: 1.05rem; margin: 1.1rem 0 0.3rem; }
        p, li, dd { font-size: 1.05rem; }
        .label { color: #3d3d3d; font-style: italic; }
        article { border-left: 4px solid #8c959f; padding: 0.1rem 0 0.1rem 0.9rem; margin: 0.8rem 0; }
        .note { font-size: 0.95rem; color: #3d3d3d; }
        @media print { main { max-width: none; } h2 { page-break-after: avoid; } article { page-break-inside: avoid; } }
        """;

    private readonly StringBuilder _html = new(24 * 1024);
    private int _level = 1;

    public static string Render(Explanation explanation) => ExplanationLayout.Write(explanation, new HtmlRenderer());

    public override void BeginDocument(Explanation explanation)
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"").AppendHtml(explanation.Culture).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"OncoExplain ").AppendHtml(explanation.KnowledgeVersion).Append("\">\n")
            .Append("<title>").AppendHtml(explanation.Title).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
            .AppendHtml(explanation.Title).Append("</h1>\n");
        if (explanation.Id is not null)
        {
            _html.Append("<p class=\"label\">").AppendHtml(explanation.Id).Append("</p>\n");
        }

        _html.Append("<p class=\"note\">").AppendHtml(explanation.Labels.KnowledgeVersion).Append("</p>\n</header>\n");
    }

    public override void EndDocument() => _html.Append("</main>\n</body>\n</html>\n");

    public override void BeginPart(string id, string heading, int level)
    {
        _level = level;
        var headingId = "h-" + id;
        _html.Append("<section id=\"").AppendHtml(id).Append("\" aria-labelledby=\"").AppendHtml(headingId).Append("\">\n<h").Append(level)
            .Append(" id=\"").AppendHtml(headingId).Append("\">").AppendHtml(heading).Append("</h").Append(level).Append(">\n");
    }

    public override void EndPart()
    {
        _html.Append("</section>\n");
        _level = Math.Max(2, _level - 1);
    }

    public override void Paragraph(string text) => _html.Append("<p>").AppendHtml(text).Append("</p>\n");

    public override void List(IEnumerable<string> items, bool ordered = false)
    {
        var tag = ordered ? "ol" : "ul";
        _html.Append('<').Append(tag).Append(">\n");
        foreach (var item in items)
        {
            _html.Append("<li>").AppendHtml(item).Append("</li>\n");
        }

        _html.Append("</").Append(tag).Append(">\n");
    }

    public override void Entry(string term, IReadOnlyList<string> description)
    {
        var level = Math.Min(_level + 1, 6);
        _html.Append("<article>\n<h").Append(level).Append('>').AppendHtml(term).Append("</h").Append(level).Append(">\n");
        if (description.Count == 1)
        {
            Paragraph(description[0]);
        }
        else
        {
            List(description);
        }

        _html.Append("</article>\n");
    }

    public override void Note(string text) => _html.Append("<p class=\"note\">").AppendHtml(text).Append("</p>\n");

    public override string Result() => _html.ToString();
}
