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
        GeneVariant? firstSomatic = null;
        foreach (var variant in biomarkers.Variants)
        {
            if (!variant.IsPathogenic || !BrcaPalb2.Contains(variant.Gene))
            {
                continue;
            }

            if (variant.Origin == VariantOrigin.Germline)
            {
                return Evaluation.NotMet();
            }

            firstSomatic ??= variant;
        }

        if (firstSomatic is not null)
        {
            return Evaluation.Met(firstSomatic.Gene, WireNames.Variant(firstSomatic));
        }

        foreach (var gene in BrcaPalb2)
        {
            if (biomarkers.Gene(gene) != TestResult.Negative)
            {
                return Evaluation.Unknown();
            }
        }

        return Evaluation.NotMet();
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

        var open = default(ArgumentList);
        foreach (var gene in genes)
        {
            if (biomarkers.Gene(gene) != TestResult.Negative)
            {
                open.Add(gene);
            }
        }

        return open.Count == 0 ? Evaluation.NotMet() : Evaluation.Unknown(open.Items);
    }
}
