namespace OncoExplain;

/// <summary>Pancreatic: the scavenger metabolism.</summary>
internal sealed class ScavengingSection : ISectionWriter
{
    public string Id => "scavenging";

    public ExplanationSection? Write(ExplainContext context) =>
        context.Section(Id, "Pancreatic.Scavenging.Heading")
            .Paragraph("Pancreatic.Scavenging.Fuel")
            .Paragraph("Pancreatic.Scavenging.Scavenge")
            .Paragraph("Pancreatic.Scavenging.Why")
            .Build();
}
