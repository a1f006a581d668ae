using System.Text.RegularExpressions;

namespace OncoExplain.Tests.Readability;

/// <summary>
/// Turns the scraped NCI PDQ Markdown into the plain prose the meter expects: front matter, "References" sections
/// (citation lists, only in the professional versions), images, link targets, HTML tags, tables and emphasis marks are
/// removed; "#" headings and "-" list marks stay, because the meter reads them as sentence boundaries.
/// </summary>
internal static partial class MarkdownText
{
    public static string ToPlainText(string markdown)
    {
        var text = FrontMatter().Replace(markdown, string.Empty);
        text = ReferenceSection().Replace(text, string.Empty);
        text = Image().Replace(text, " ");
        text = Link().Replace(text, "$1");
        text = HtmlTag().Replace(text, " ");
        text = TableRow().Replace(text, string.Empty);
        text = Emphasis().Replace(text, string.Empty);
        return text;
    }

    [GeneratedRegex(@"\A---\r?\n.*?\r?\n---\r?\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^#+ *References *\r?\n.*?(?=^#|\z)", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ReferenceSection();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<[^>\n]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^\s*\|.*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"(\*\*|__|`)")]
    private static partial Regex Emphasis();
}
