namespace OncoExplain;

/// <summary>Pancreatic: early, silent spread and the route to the liver, with the profile's own sites.</summary>
internal sealed class EarlySpreadSection : ISectionWriter
{
    public string Id => "early-spread";

    public ExplanationSection? Write(ExplainContext context)
    {
        var section = context.Section(Id, "Pancreatic.EarlySpread.Heading").Cite("P15")
            .Paragraph("Pancreatic.EarlySpread.Deep")
            .Say("Pancreatic.EarlySpread.Liver").Say("Pancreatic.EarlySpread.Late").Break();
        var sites = context.Profile.MetastaticSites;
        if (sites is [MetastaticSite.Liver])
        {
            section.Say("Pancreatic.EarlySpread.HereLiver");
        }
        else if (!sites.IsEmpty)
        {
            section.Say("Pancreatic.EarlySpread.HereOther", ("sites", context.SiteList(sites)));
        }

        return section.Build();
    }
}
