namespace OncoExplain;

/// <summary>The formats an <see cref="Explanation"/> can be rendered to.</summary>
public enum ExplanationFormat
{
    /// <summary>Plain text for terminals and e-mail.</summary>
    Text,

    /// <summary>Markdown (CommonMark).</summary>
    Markdown,

    /// <summary>A complete, self-contained, printable HTML page.</summary>
    Html,

    /// <summary>The explanation JSON of the wire contract.</summary>
    Json,
}
