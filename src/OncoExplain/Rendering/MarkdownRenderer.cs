using System.Text;

namespace OncoExplain;

/// <summary>CommonMark: every piece of text is escaped, so caller-supplied values cannot add links or markup.</summary>
internal sealed class MarkdownRenderer : DocumentWriter
{
    private readonly StringBuilder _text = new(16 * 1024);

    public static string Render(Explanation explanation) => ExplanationLayout.Write(explanation, new MarkdownRenderer());

    public override void BeginDocument(Explanation explanation)
    {
        _text.Append("# ").AppendMarkdown(explanation.Title).AppendLine();
        if (explanation.Id is not null)
        {
            _text.AppendLine().Append('_').AppendMarkdown(explanation.Id).AppendLine("_");
        }

        _text.AppendLine();
    }

    public override void EndDocument()
    {
    }

    public override void BeginPart(string id, string heading, int level) =>
        _text.Append('#', level).Append(' ').AppendMarkdown(heading).AppendLine().AppendLine();

    public override void EndPart()
    {
    }

    public override void Paragraph(string text) => _text.AppendMarkdown(text).AppendLine().AppendLine();

    public override void List(IEnumerable<string> items, bool ordered = false)
    {
        var number = 1;
        foreach (var item in items)
        {
            _text.Append(ordered ? $"{number++}. " : "- ").AppendMarkdown(item).AppendLine();
        }

        _text.AppendLine();
    }

    public override void Entry(string term, IReadOnlyList<string> description)
    {
        _text.Append("**").AppendMarkdown(term).AppendLine("**").AppendLine();
        foreach (var line in description)
        {
            _text.Append("- ").AppendMarkdown(line).AppendLine();
        }

        _text.AppendLine();
    }

    public override void Note(string text) => _text.Append('_').AppendMarkdown(text).AppendLine("_").AppendLine();

    public override string Result()
    {
        // The document without trailing white space, then one line feed (string.TrimEnd() + "\n" without two copies).
        var end = _text.Length;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        _text.Length = end;
        return _text.Append('\n').ToString();
    }
}
