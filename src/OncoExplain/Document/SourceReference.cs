namespace OncoExplain;

/// <summary>A source the explanation relies on, as listed at its end.</summary>
/// <param name="Id">The knowledge base's source id (the fact-sheet id, such as <c>P5</c> or <c>C1</c>).</param>
/// <param name="Citation">The citation: trial, journal or agency notice, with identifiers.</param>
/// <param name="Url">A link, when there is one.</param>
public sealed record SourceReference(string Id, string Citation, string? Url);
