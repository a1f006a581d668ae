namespace OncoExplain;

/// <summary>Renders an <see cref="Explanation"/> to text, Markdown, HTML or JSON. Pure and thread-safe; the same document always gives the same output.</summary>
public static class ExplanationRenderer
{
    /// <summary>Renders the explanation.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="format">The format.</param>
    /// <returns>The rendered document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is <see langword="null"/>.</exception>
    public static string Render(Explanation explanation, ExplanationFormat format)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return format switch
        {
            ExplanationFormat.Text => TextRenderer.Render(explanation),
            ExplanationFormat.Markdown => MarkdownRenderer.Render(explanation),
            ExplanationFormat.Html => HtmlRenderer.Render(explanation),
            ExplanationFormat.Json => JsonRenderer.Render(explanation),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }
}
