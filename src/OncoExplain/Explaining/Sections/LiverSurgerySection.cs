namespace OncoExplain;

/// <summary>Colorectal with liver metastases: who may be cured by surgery, what decides it, conversion therapy.</summary>
internal sealed class LiverSurgerySection : ISectionWriter
{
    public string Id => "liver-surgery";

    public ExplanationSection? Write(ExplainContext context)
    {
        var profile = context.Profile;
        if (profile.HasLiverMetastases == false)
        {
            return null;
        }

        var section = context.Section(Id, "Colorectal.LiverSurgery.Heading").Cite("C23", "C23b", "C23e")
            .Paragraph("Colorectal.LiverSurgery.Possible")
            .Paragraph("Colorectal.LiverSurgery.Cure")
            .Paragraph("Colorectal.LiverSurgery.Decides")
            .Paragraph("Colorectal.LiverSurgery.Conversion");
        var key = (profile.LiverMetastasesResectable, profile.LiverOnlyMetastases) switch
        {
            (true, _) => "Colorectal.LiverSurgery.Resectable",
            (_, false) => "Colorectal.LiverSurgery.Extrahepatic",
            (false, _) => "Colorectal.LiverSurgery.NotResectable",
            (null, true) => "Colorectal.LiverSurgery.Unknown",
            _ => null,
        };
        return key is null ? section.Build() : section.Paragraph(key).Build();
    }
}
