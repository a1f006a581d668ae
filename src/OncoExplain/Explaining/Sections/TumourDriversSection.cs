namespace OncoExplain;

/// <summary>Colorectal: BRAF V600E, KRAS G12C and HER2, when the profile has them.</summary>
internal sealed class TumourDriversSection : ISectionWriter
{
    public string Id => "tumour-drivers";

    public ExplanationSection? Write(ExplainContext context)
    {
        var braf = context.Biomarkers.VariantsIn("BRAF").Any(v => v.IsPathogenic && v.Change.IsSubstitution(AminoAcid.Val, 600, AminoAcid.Glu));
        var g12c = context.Biomarkers.VariantsIn("KRAS").Any(v => v.IsPathogenic && v.Change.IsSubstitution(AminoAcid.Gly, 12, AminoAcid.Cys));
        var her2 = context.Biomarkers.Her2Positive == TestResult.Positive;
        if (!braf && !g12c && !her2)
        {
            return null;
        }

        var section = context.Section(Id, "Colorectal.Drivers.Heading");
        if (braf)
        {
            section.Cite("C7", "C7b", "C8", "C8b").Paragraph("Colorectal.Drivers.Braf").Paragraph("Colorectal.Drivers.BrafFirstLine");
        }

        if (g12c)
        {
            section.Cite("C9", "C10").Paragraph("Colorectal.Drivers.G12c");
        }

        if (her2)
        {
            section.Cite("C11", "C12").Paragraph("Colorectal.Drivers.Her2");
        }

        return section.Build();
    }
}
