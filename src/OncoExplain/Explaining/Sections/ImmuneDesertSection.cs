namespace OncoExplain;

/// <summary>Pancreatic: the immune desert, and the MSI-high/dMMR exception when the profile has it.</summary>
internal sealed class ImmuneDesertSection : ISectionWriter
{
    public string Id => "immune-desert";

    public ExplanationSection? Write(ExplainContext context)
    {
        var section = context.Section(Id, "Pancreatic.ImmuneDesert.Heading").Paragraph("Pancreatic.ImmuneDesert.Checkpoints");
        switch (context.Biomarkers.MsiHighOrMmrDeficient)
        {
            case TestResult.Positive:
                return section.Cite("P7", "P8", "T1")
                    .Paragraph("Pancreatic.ImmuneDesert.MsiHigh")
                    .Paragraph("Pancreatic.ImmuneDesert.MsiHighDrugs")
                    .Build();
            case TestResult.Negative:
                return section.Paragraph("Pancreatic.ImmuneDesert.Desert").Paragraph("Pancreatic.ImmuneDesert.MsiStable").Build();
            default:
                return section.Cite("P7").Paragraph("Pancreatic.ImmuneDesert.Desert").Paragraph("Pancreatic.ImmuneDesert.MsiUnknown").Build();
        }
    }
}
