namespace OncoExplain;

/// <summary>Pancreatic: why chemotherapy helps only some people (DNA repair, the wall, timing).</summary>
internal sealed class ChemoResponseSection : ISectionWriter
{
    private static readonly string[] RepairGenes = ["BRCA1", "BRCA2", "PALB2"];

    public string Id => "chemo-response";

    public ExplanationSection? Write(ExplainContext context)
    {
        var section = context.Section(Id, "Pancreatic.ChemoResponse.Heading")
            .Paragraph("Pancreatic.ChemoResponse.How")
            .Say("Pancreatic.ChemoResponse.Repair");
        if (context.PathogenicIn(RepairGenes) is { } repair)
        {
            section.Cite("P6").Say("Pancreatic.ChemoResponse.RepairHere", ("variant", ExplainContext.VariantLabel(repair)))
                .Break().Say("Pancreatic.ChemoResponse.RepairStudy");
        }
        else if (!context.Biomarkers.Variants.Any(v => v.Origin == VariantOrigin.Germline)
                 && RepairGenes.All(g => context.Biomarkers.Gene(g) == TestResult.NotTested))
        {
            section.Cite("G1", "G2").Say("Pancreatic.ChemoResponse.RepairUnknown");
        }

        return section.Paragraph("Pancreatic.ChemoResponse.Other").Build();
    }
}
