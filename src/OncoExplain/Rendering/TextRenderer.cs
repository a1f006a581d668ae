using System.Text;

namespace OncoExplain;

/// <summary>Plain text: headings underlined, lists with dashes, wrapped by the reader's terminal.</summary>
internal sealed class TextRenderer : DocumentWriter
{
    private readonly StringBuilder _text = new(16 * 1024);

    public static string Render(Explanation explanation) => ExplanationLayout.Write(explanation, new TextRenderer());

    public override void BeginDocument(Explanation explanation)
    {
        var title = explanation.Id is null ? explanation.Title : $"{explanation.Title} ({explanation.Id})";
        _text.AppendLine(title).AppendLine(new string('=', title.Length)).AppendLine();
    }

    public override void EndDocument()
    {
    }

    public override void BeginPart(string id, string heading, int level) =>
        _text.AppendLine(heading).AppendLine(new string(level == 2 ? '-' : '.', heading.Length)).AppendLine();

    public override void EndPart()
    {
    }

    public override void Paragraph(string text) => _text.AppendLine(text).AppendLine();

    public override void List(IEnumerable<string> items, bool ordered = false)
    {
        var number = 1;
        foreach (var item in items)
        {
            _text.Append(ordered ? $"{number++}. " : "- ").AppendLine(item);
        }

        _text.AppendLine();
    }

    public override void Entry(string term, IReadOnlyList<string> description)
    {
        _text.Append("* ").AppendLine(term);
        foreach (var line in description)
        {
            _text.Append("  ").AppendLine(line);
        }

        _text.AppendLine();
    }

    public override void Note(string text) => _text.AppendLine(text).AppendLine();

    public override string Result() => _text.ToString().TrimEnd() + Environment.NewLine;
}
