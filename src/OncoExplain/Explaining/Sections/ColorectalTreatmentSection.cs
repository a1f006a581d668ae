namespace OncoExplain;

/// <summary>Colorectal: goals at stage IV and the usual first treatments.</summary>
internal sealed class ColorectalTreatmentSection : ISectionWriter
{
    public string Id => "treatment-picture";

    public ExplanationSection? Write(ExplainContext context) =>
        context.Section(Id, "Colorectal.Treatment.Heading").Cite("C21", "C22")
            .Paragraph("Colorectal.Treatment.Goals")
            .Paragraph("Colorectal.Treatment.Backbone")
            .Paragraph("Colorectal.Treatment.Trials")
            .Build();
}
