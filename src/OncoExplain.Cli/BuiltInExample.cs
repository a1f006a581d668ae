namespace OncoExplain.Cli;

/// <summary>
/// The profile <c>oncoexplain explain</c> explains when no file is given: stage IV pancreatic cancer with liver spread,
/// KRAS G12D, an inherited BRCA2 frameshift, microsatellite stable, 18 weeks of FOLFIRINOX with stable disease.
/// It is an invented example, not a real person.
/// </summary>
internal static class BuiltInExample
{
    public static TumourProfile Profile { get; } = new(
        CancerType.Pancreatic,
        stage: StageGroup.IV,
        metastaticSites: [MetastaticSite.Liver],
        primarySite: PrimarySite.Head,
        ecog: 1,
        age: 64,
        biomarkers: new Biomarkers(
            variants:
            [
                GeneVariant.Of("KRAS", "p.G12D"),
                GeneVariant.Of("BRCA2", "p.S1982Rfs*22", VariantOrigin.Germline, ClinicalSignificance.Pathogenic),
            ],
            msi: MsiStatus.Stable),
        treatments: [new TreatmentCourse(Regimen.Parse("folfirinox"), line: 1, weeks: 18, outcome: TreatmentOutcome.Stable)]);
}
