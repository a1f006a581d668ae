namespace OncoExplain;

/// <summary>Writes one section of an explanation from the profile, or nothing when the section does not apply.</summary>
internal interface ISectionWriter
{
    /// <summary>The stable section id.</summary>
    string Id { get; }

    ExplanationSection? Write(ExplainContext context);
}
