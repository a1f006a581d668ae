using System.Text;

namespace OncoExplain;

/// <summary>CommonMark: every piece of text is escaped, so caller-supplied values cannot add links or markup.</summary>
internal sealed class MarkdownRenderer : DocumentWriter
{
    private readonly StringBuilder _text = new(16 * 1024);

    public static string Render(Explanation explanation) => ExplanationLayout.Write(explanation, new MarkdownRenderer());

    public override void BeginDocument(Explanation explanation)
    {
        _text.Append("# ").AppendLine(Escape(explanation.Title));
        if (explanation.Id is not null)
        {
            _text.AppendLine().Append('_').Append(Escape(explanation.Id)).AppendLine("_");
        }

        _text.AppendLine();
    }

    public override void EndDocument()
    {
    }

    public override void BeginPart(string id, string heading, int level) =>
        _text.Append('#', level).Append(' ').AppendLine(Escape(heading)).AppendLine();

    public override void EndPart()
    {
    }

    public override void Paragraph(string text) => _text.AppendLine(Escape(text)).AppendLine();

    public override void List(IEnumerable<string> items, bool ordered = false)
    {
        var number = 1;
        foreach (var item in items)
        {
            _text.Append(ordered ? $"{number++}. " : "- ").AppendLine(Escape(item));
        }

        _text.AppendLine();
    }

    public override void Entry(string term, IReadOnlyList<string> description)
    {
        _text.Append("**").Append(Escape(term)).AppendLine("**").AppendLine();
        foreach (var line in description)
        {
            _text.Append("- ").AppendLine(Escape(line));
        }

        _text.AppendLine();
    }

    public override void Note(string text) => _text.Append('_').Append(Escape(text)).AppendLine("_").AppendLine();

    public override string Result() => _text.ToString().TrimEnd() + "\n";

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
