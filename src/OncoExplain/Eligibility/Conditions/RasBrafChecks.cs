namespace OncoExplain.Eligibility.Conditions;

/// <summary>KRAS, NRAS and BRAF conditions.</summary>
internal static class RasBrafChecks
{
    private static readonly string[] RasGenes = ["KRAS", "NRAS"];

    public static Evaluation RasWildType(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        if (FirstPathogenic(biomarkers, RasGenes) is { } variant)
        {
            return Evaluation.NotMet(variant.Gene, WireNames.Variant(variant));
        }

        var untested = RasGenes.Where(g => biomarkers.Gene(g) != TestResult.Negative).ToArray();
        return untested.Length == 0 ? Evaluation.Met() : Evaluation.Unknown(untested);
    }

    public static Evaluation RasMutant(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        if (FirstPathogenic(biomarkers, RasGenes) is { } variant)
        {
            return Evaluation.Met(variant.Gene, WireNames.Variant(variant));
        }

        var untested = RasGenes.Where(g => biomarkers.Gene(g) != TestResult.Negative).ToArray();
        return untested.Length == 0 ? Evaluation.NotMet() : Evaluation.Unknown(untested);
    }

    public static Evaluation BrafV600ePresent(TumourProfile profile) => BrafV600e(profile) switch
    {
        ConditionOutcome.Met => Evaluation.Met("BRAF", "p.V600E"),
        ConditionOutcome.NotMet => Evaluation.NotMet(),
        _ => Evaluation.Unknown("BRAF"),
    };

    public static Evaluation BrafV600eAbsent(TumourProfile profile) => BrafV600e(profile) switch
    {
        ConditionOutcome.Met => Evaluation.NotMet("BRAF", "p.V600E"),
        ConditionOutcome.NotMet => Evaluation.Met(),
        _ => Evaluation.Unknown("BRAF"),
    };

    public static Evaluation KrasG12cPresent(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        var g12c = biomarkers.VariantsIn("KRAS").Where(v => v.Change.IsSubstitution(AminoAcid.Gly, 12, AminoAcid.Cys)).ToList();
        if (g12c.Any(v => v.IsPathogenic))
        {
            return Evaluation.Met("KRAS", "p.G12C");
        }

        if (g12c.Count > 0 || biomarkers.Gene("KRAS") == TestResult.NotTested)
        {
            return Evaluation.Unknown("KRAS");
        }

        return FirstPathogenic(biomarkers, ["KRAS"]) is { } other
            ? Evaluation.NotMet("KRAS", WireNames.Variant(other))
            : Evaluation.NotMet();
    }

    /// <summary>Met when a pathogenic V600E is present, not met when BRAF was tested without it, unknown otherwise.</summary>
    private static ConditionOutcome BrafV600e(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        var v600e = biomarkers.VariantsIn("BRAF").Where(v => v.Change.IsSubstitution(AminoAcid.Val, 600, AminoAcid.Glu)).ToList();
        if (v600e.Any(v => v.IsPathogenic))
        {
            return ConditionOutcome.Met;
        }

        return v600e.Count > 0 || biomarkers.Gene("BRAF") == TestResult.NotTested ? ConditionOutcome.Unknown : ConditionOutcome.NotMet;
    }

    private static GeneVariant? FirstPathogenic(Biomarkers biomarkers, string[] genes) =>
        biomarkers.Variants.FirstOrDefault(v => v.IsPathogenic && genes.Contains(v.Gene));
}
