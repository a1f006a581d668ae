namespace OncoExplain;

/// <summary>Pancreatic: the KRAS "stuck switch", told for the profile's own KRAS result.</summary>
internal sealed class KrasSwitchSection : ISectionWriter
{
    public string Id => "kras-switch";

    public ExplanationSection? Write(ExplainContext context)
    {
        var section = context.Section(Id, "Pancreatic.KrasSwitch.Heading").Cite("P9");
        var kras = context.PathogenicIn("KRAS");
        var result = context.Biomarkers.Gene("KRAS");
        if (kras is not null)
        {
            section.Say("Pancreatic.KrasSwitch.What")
                .Paragraph("Pancreatic.KrasSwitch.Mutant", ("variant", ExplainContext.VariantLabel(kras)))
                .Say("Pancreatic.KrasSwitch.Common");
            if (ShareKey(kras) is { } share)
            {
                section.Say(share);
            }

            section.Paragraph("Pancreatic.KrasSwitch.Undruggable");
            if (IsG12c(kras))
            {
                section.Cite("P12").Say("Pancreatic.KrasSwitch.G12cDrugs").Say("Pancreatic.KrasSwitch.G12cHere");
            }
            else
            {
                section.Cite("P12", "P14").Say("Pancreatic.KrasSwitch.G12cDrugs").Break()
                    .Say("Pancreatic.KrasSwitch.NewDrugs", ("variant", ExplainContext.VariantLabel(kras)));
            }

            return section.Build();
        }

        section.Say("Pancreatic.KrasSwitch.What").Break();
        if (result == TestResult.Negative)
        {
            return section.Cite("P10", "P11c")
                .Say("Pancreatic.KrasSwitch.WildType").Say("Pancreatic.KrasSwitch.WildTypeDrivers").Build();
        }

        return section.Cite("P10").Say("Pancreatic.KrasSwitch.NotTested").Build();
    }

    private static bool IsG12c(GeneVariant kras) => kras.Change.IsSubstitution(AminoAcid.Gly, 12, AminoAcid.Cys);

    private static string? ShareKey(GeneVariant kras)
    {
        var change = kras.Change;
        if (change.Kind != ProteinChangeKind.Substitution || change.Start is not { } start)
        {
            return null;
        }

        return (start.Position, change.Alternate) switch
        {
            (12, AminoAcid.Asp) => "Pancreatic.KrasSwitch.Share.G12D",
            (12, AminoAcid.Val) => "Pancreatic.KrasSwitch.Share.G12V",
            (12, AminoAcid.Arg) => "Pancreatic.KrasSwitch.Share.G12R",
            (12, AminoAcid.Cys) => "Pancreatic.KrasSwitch.Share.G12C",
            (61, _) => "Pancreatic.KrasSwitch.Share.Q61",
            _ => null,
        };
    }
}
