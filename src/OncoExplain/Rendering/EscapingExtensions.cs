using System.Buffers;
using System.Text;

namespace OncoExplain;

/// <summary>Appends text escaped for HTML or CommonMark straight into a builder: unchanged runs are copied whole, nothing is allocated.</summary>
internal static class EscapingExtensions
{
    private static readonly SearchValues<char> HtmlSpecial = SearchValues.Create("&<>\"'");
    private static readonly SearchValues<char> MarkdownSpecial = SearchValues.Create("\\*_`[]<>#|!\r\n");

    /// <summary>Appends <paramref name="text"/> with <c>&amp; &lt; &gt; &quot; &#39;</c> escaped.</summary>
    public static StringBuilder AppendHtml(this StringBuilder builder, string text)
    {
        var rest = text.AsSpan();
        int index;
        while ((index = rest.IndexOfAny(HtmlSpecial)) >= 0)
        {
            builder.Append(rest[..index]).Append(rest[index] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(index + 1)..];
        }

        return builder.Append(rest);
    }

    /// <summary>Appends <paramref name="text"/> with CommonMark's special characters backslash-escaped and line breaks as spaces.</summary>
    public static StringBuilder AppendMarkdown(this StringBuilder builder, string text)
    {
        var rest = text.AsSpan();
        int index;
        while ((index = rest.IndexOfAny(MarkdownSpecial)) >= 0)
        {
            builder.Append(rest[..index]);
            var c = rest[index];
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append('\\').Append(c);
            }

            rest = rest[(index + 1)..];
        }

        return builder.Append(rest);
    }
}
