namespace OncoExplain;

/// <summary>Colorectal: MSI-high versus MSS (the spell-checker), said for this profile.</summary>
internal sealed class MsiDivideSection : ISectionWriter
{
    public string Id => "msi-divide";

    public ExplanationSection? Write(ExplainContext context)
    {
        var section = context.Section(Id, "Colorectal.Msi.Heading").Paragraph("Colorectal.Msi.What");
        return (context.Biomarkers.MsiHighOrMmrDeficient switch
        {
            TestResult.Positive => section.Cite("C13", "C14", "C14b").Paragraph("Colorectal.Msi.High").Paragraph("Colorectal.Msi.HighDrugs"),
            TestResult.Negative => section.Paragraph("Colorectal.Msi.Stable"),
            _ => section.Cite("C3").Paragraph("Colorectal.Msi.Unknown"),
        }).Build();
    }
}
