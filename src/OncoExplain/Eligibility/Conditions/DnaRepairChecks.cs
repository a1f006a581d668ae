namespace OncoExplain.Eligibility.Conditions;

/// <summary>Germline and somatic BRCA1, BRCA2 and PALB2 conditions.</summary>
internal static class DnaRepairChecks
{
    private static readonly string[] Brca = ["BRCA1", "BRCA2"];
    private static readonly string[] BrcaPalb2 = ["BRCA1", "BRCA2", "PALB2"];

    public static Evaluation GermlineBrca(TumourProfile profile) => Germline(profile, Brca);

    public static Evaluation GermlineBrcaOrPalb2(TumourProfile profile) => Germline(profile, BrcaPalb2);

    public static Evaluation SomaticOnlyBrcaOrPalb2(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        var pathogenic = biomarkers.Variants.Where(v => v.IsPathogenic && BrcaPalb2.Contains(v.Gene)).ToList();
        if (pathogenic.Any(v => v.Origin == VariantOrigin.Germline))
        {
            return Evaluation.NotMet();
        }

        if (pathogenic.Count > 0)
        {
            return Evaluation.Met(pathogenic[0].Gene, WireNames.Variant(pathogenic[0]));
        }

        return BrcaPalb2.All(g => biomarkers.Gene(g) == TestResult.Negative) ? Evaluation.NotMet() : Evaluation.Unknown();
    }

    private static Evaluation Germline(TumourProfile profile, string[] genes)
    {
        var biomarkers = profile.Biomarkers;
        foreach (var variant in biomarkers.Variants)
        {
            if (variant.IsPathogenic && variant.Origin == VariantOrigin.Germline && genes.Contains(variant.Gene))
            {
                return Evaluation.Met(variant.Gene, WireNames.Variant(variant));
            }
        }

        List<string>? open = null;
        foreach (var gene in genes)
        {
            if (biomarkers.Gene(gene) != TestResult.Negative)
            {
                (open ??= []).Add(gene);
            }
        }

        return open is null ? Evaluation.NotMet() : Evaluation.Unknown([.. open]);
    }
}
