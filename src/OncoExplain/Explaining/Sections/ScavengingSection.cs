namespace OncoExplain;

/// <summary>Pancreatic: the scavenger metabolism.</summary>
internal sealed class ScavengingSection : ISectionWriter
{
    public string Id => "scavenging";

    public ExplanationSection? Write(ExplainContext context)
    {
        var section = context.Section(Id, "Pancreatic.Scavenging.Heading")
            .Paragraph("Pancreatic.Scavenging.Fuel")
            .Say("Pancreatic.Scavenging.Scavenge");

        // Only a tumour with a KRAS change has the stuck switch that drives the scavenging.
        if (context.PathogenicIn("KRAS") is not null)
        {
            section.Say("Pancreatic.Scavenging.Kras");
        }

        return section.Break().Paragraph("Pancreatic.Scavenging.Why").Build();
    }
}
