namespace OncoExplain;

/// <summary>Colorectal: RAS as the jammed door behind EGFR, told for the profile's RAS result and sidedness.</summary>
internal sealed class RasSwitchSection : ISectionWriter
{
    public string Id => "ras-switch";

    public ExplanationSection? Write(ExplainContext context)
    {
        var section = context.Section(Id, "Colorectal.Ras.Heading").Cite("C1", "C2", "C3")
            .Paragraph("Colorectal.Ras.Door")
            .Say("Colorectal.Ras.Drugs");
        var kras = context.Biomarkers.Gene("KRAS");
        var nras = context.Biomarkers.Gene("NRAS");
        if (context.PathogenicIn("KRAS", "NRAS") is { } mutant)
        {
            return section.Paragraph("Colorectal.Ras.Mutant", ("variant", ExplainContext.VariantLabel(mutant))).Build();
        }

        if (kras == TestResult.Negative && nras == TestResult.Negative)
        {
            section.Break().Say("Colorectal.Ras.WildType").Cite("C5", "C5b", "C6");
            return (context.Profile.Sidedness switch
            {
                Sidedness.Left => section.Say("Colorectal.Ras.Left"),
                Sidedness.Right => section.Say("Colorectal.Ras.Right"),
                _ => section.Say("Colorectal.Ras.SideUnknown"),
            }).Build();
        }

        var uncertain = context.Biomarkers.Variants.FirstOrDefault(v => v.Gene is "KRAS" or "NRAS" && !v.IsPathogenic && !v.IsBenign);
        if (uncertain is not null)
        {
            section.Paragraph("Colorectal.Ras.Uncertain", ("variant", ExplainContext.VariantLabel(uncertain)));
        }

        return kras == TestResult.NotTested && nras == TestResult.NotTested
            ? section.Cite("C4").Paragraph("Colorectal.Ras.NotTested").Build()
            : section.Paragraph("Colorectal.Ras.Partial").Build();
    }
}
