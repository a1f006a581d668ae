namespace OncoExplain;

/// <summary>Colorectal: still bowel cancer, not liver cancer; the portal vein "conveyor belt" and the liver's filter.</summary>
internal sealed class PortalVeinSection : ISectionWriter
{
    public string Id => "portal-vein";

    public ExplanationSection? Write(ExplainContext context)
    {
        var section = context.Section(Id, "Colorectal.PortalVein.Heading").Cite("C23")
            .Paragraph("Colorectal.PortalVein.StillBowel")
            .Paragraph("Colorectal.PortalVein.Belt")
            .Say("Colorectal.PortalVein.Filter");
        var sites = context.Profile.MetastaticSites;
        var others = sites.Where(s => s != MetastaticSite.Liver).ToList();
        if (sites.Contains(MetastaticSite.Liver))
        {
            section = others.Count == 0
                ? section.Say("Colorectal.PortalVein.HereLiver")
                : section.Say("Colorectal.PortalVein.HereLiverAndMore", ("sites", context.SiteList(others)));
        }
        else if (others.Count > 0)
        {
            section.Say("Colorectal.PortalVein.HereOther", ("sites", context.SiteList(others)));
        }

        return section.Build();
    }
}
