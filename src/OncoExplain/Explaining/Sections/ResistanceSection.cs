namespace OncoExplain;

/// <summary>Colorectal: resistance, and why treatment changes over time.</summary>
internal sealed class ResistanceSection : ISectionWriter
{
    public string Id => "resistance";

    public ExplanationSection? Write(ExplainContext context) =>
        context.Section(Id, "Colorectal.Resistance.Heading").Cite("C25", "C18", "C19", "C20")
            .Paragraph("Colorectal.Resistance.Changing")
            .Paragraph("Colorectal.Resistance.Survivors")
            .Paragraph("Colorectal.Resistance.Egfr")
            .Paragraph("Colorectal.Resistance.Lines")
            .Build();
}
