namespace OncoExplain;

/// <summary>Pancreatic: the stroma "fortress wall".</summary>
internal sealed class StromaSection : ISectionWriter
{
    public string Id => "stroma";

    public ExplanationSection? Write(ExplainContext context) =>
        context.Section(Id, "Pancreatic.Stroma.Heading")
            .Paragraph("Pancreatic.Stroma.Wall")
            .Paragraph("Pancreatic.Stroma.Squeeze")
            .Paragraph("Pancreatic.Stroma.NotSimple")
            .Build();
}
