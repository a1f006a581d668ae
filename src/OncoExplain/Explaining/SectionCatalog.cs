namespace OncoExplain;

/// <summary>The section writers for each cancer, in reading order.</summary>
internal static class SectionCatalog
{
    private static readonly ISectionWriter[] Pancreatic =
    [
        new KrasSwitchSection(),
        new StromaSection(),
        new ImmuneDesertSection(),
        new ScavengingSection(),
        new EarlySpreadSection(),
        new ChemoResponseSection(),
        new PancreaticTreatmentSection(),
    ];

    private static readonly ISectionWriter[] Colorectal =
    [
        new PortalVeinSection(),
        new RasSwitchSection(),
        new TumourDriversSection(),
        new MsiDivideSection(),
        new LiverToleranceSection(),
        new LiverSurgerySection(),
        new ResistanceSection(),
        new ColorectalTreatmentSection(),
    ];

    public static IReadOnlyList<ISectionWriter> For(CancerType cancer) => cancer == CancerType.Pancreatic ? Pancreatic : Colorectal;

    /// <summary>Every section id the library can write, for documentation and tests.</summary>
    public static IEnumerable<string> AllIds => Pancreatic.Concat(Colorectal).Select(w => w.Id).Distinct();
}
