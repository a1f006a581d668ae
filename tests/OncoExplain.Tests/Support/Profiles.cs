namespace OncoExplain.Tests.Support;

/// <summary>Small profiles built in code for explainer tests.</summary>
internal static class Profiles
{
    public static TumourProfile Pancreatic(params GeneVariant[] variants) =>
        new(CancerType.Pancreatic, stage: StageGroup.IV, metastaticSites: [MetastaticSite.Liver], biomarkers: new Biomarkers(variants: variants));

    public static TumourProfile Pancreatic(Biomarkers biomarkers) =>
        new(CancerType.Pancreatic, stage: StageGroup.IV, metastaticSites: [MetastaticSite.Liver], biomarkers: biomarkers);

    public static TumourProfile Colorectal(Biomarkers biomarkers, MetastaticSite[]? sites = null, PrimarySite? primary = null, bool? resectable = null) =>
        new(CancerType.Colorectal, stage: StageGroup.IV, metastaticSites: sites ?? [MetastaticSite.Liver], primarySite: primary,
            liverMetastasesResectable: resectable, biomarkers: biomarkers);

    public static TumourProfile Example(string fileName)
    {
        var result = ProfileJson.Read(File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", fileName)));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Profile!;
    }

    public static IEnumerable<string> ExampleFiles() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("docs", "examples"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
