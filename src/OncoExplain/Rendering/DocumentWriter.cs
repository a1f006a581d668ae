namespace OncoExplain;

/// <summary>The primitives a format provides; <see cref="ExplanationLayout"/> decides the order once for all formats.</summary>
internal abstract class DocumentWriter
{
    public abstract void BeginDocument(Explanation explanation);

    public abstract void EndDocument();

    public abstract void BeginPart(string id, string heading, int level);

    public abstract void EndPart();

    public abstract void Paragraph(string text);

    public abstract void List(IEnumerable<string> items, bool ordered = false);

    /// <summary>A term and its description (findings, glossary, FAQ, sources).</summary>
    public abstract void Entry(string term, IReadOnlyList<string> description);

    public abstract void Note(string text);

    public abstract string Result();
}
