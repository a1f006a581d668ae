namespace OncoExplain;

/// <summary>Pancreatic: goals at stage IV, first-line choices and fitness, second line, PARP maintenance, trials.</summary>
internal sealed class PancreaticTreatmentSection : ISectionWriter
{
    public string Id => "treatment-picture";

    public ExplanationSection? Write(ExplainContext context)
    {
        var section = context.Section(Id, "Pancreatic.Treatment.Heading").Cite("P1", "P2", "P3", "P4")
            .Paragraph("Pancreatic.Treatment.Goals")
            .Say("Pancreatic.Treatment.FirstLine").Say("Pancreatic.Treatment.Fitness");
        section = context.Profile.Ecog switch
        {
            null => section.Say("Pancreatic.Treatment.EcogUnknown"),
            <= 1 => section.Say("Pancreatic.Treatment.Ecog01", ("ecog", context.Number(context.Profile.Ecog.Value))),
            _ => section.Say("Pancreatic.Treatment.Ecog2Plus", ("ecog", context.Number(context.Profile.Ecog.Value))),
        };
        section.Paragraph("Pancreatic.Treatment.Figures").Paragraph("Pancreatic.Treatment.SecondLine");
        if (context.Biomarkers.Variants.Any(v => v.IsPathogenic && v.Origin == VariantOrigin.Germline && v.Gene is "BRCA1" or "BRCA2"))
        {
            section.Cite("P5").Paragraph("Pancreatic.Treatment.Parp");
        }

        return section.Paragraph("Pancreatic.Treatment.Trials").Build();
    }
}
