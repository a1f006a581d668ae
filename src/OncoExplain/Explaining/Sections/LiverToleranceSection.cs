namespace OncoExplain;

/// <summary>Colorectal with liver metastases: the liver's immune tolerance.</summary>
internal sealed class LiverToleranceSection : ISectionWriter
{
    public string Id => "liver-tolerance";

    public ExplanationSection? Write(ExplainContext context) =>
        context.Profile.HasLiverMetastases == false
            ? null
            : context.Section(Id, "Colorectal.LiverTolerance.Heading")
                .Paragraph("Colorectal.LiverTolerance.Calm")
                .Paragraph("Colorectal.LiverTolerance.Hide")
                .Build();
}
