namespace OncoExplain.Eligibility.Conditions;

/// <summary>KRAS, NRAS and BRAF conditions.</summary>
internal static class RasBrafChecks
{
    private static readonly string[] RasGenes = ["KRAS", "NRAS"];
    private static readonly string[] Kras = ["KRAS"];

    public static Evaluation RasWildType(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        if (FirstPathogenic(biomarkers, RasGenes) is { } variant)
        {
            return Evaluation.NotMet(variant.Gene, WireNames.Variant(variant));
        }

        var untested = Untested(biomarkers, RasGenes);
        return untested.Count == 0 ? Evaluation.Met() : Evaluation.Unknown(untested.Items);
    }

    public static Evaluation RasMutant(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        if (FirstPathogenic(biomarkers, RasGenes) is { } variant)
        {
            return Evaluation.Met(variant.Gene, WireNames.Variant(variant));
        }

        var untested = Untested(biomarkers, RasGenes);
        return untested.Count == 0 ? Evaluation.NotMet() : Evaluation.Unknown(untested.Items);
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
        var (anyG12c, pathogenicG12c) = Substitution(biomarkers, "KRAS", AminoAcid.Gly, 12, AminoAcid.Cys);
        if (pathogenicG12c)
        {
            return Evaluation.Met("KRAS", "p.G12C");
        }

        if (anyG12c || biomarkers.Gene("KRAS") == TestResult.NotTested)
        {
            return Evaluation.Unknown("KRAS");
        }

        return FirstPathogenic(biomarkers, Kras) is { } other
            ? Evaluation.NotMet("KRAS", WireNames.Variant(other))
            : Evaluation.NotMet();
    }

    /// <summary>Met when a pathogenic V600E is present, not met when BRAF was tested without it, unknown otherwise.</summary>
    private static ConditionOutcome BrafV600e(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        var (anyV600e, pathogenicV600e) = Substitution(biomarkers, "BRAF", AminoAcid.Val, 600, AminoAcid.Glu);
        if (pathogenicV600e)
        {
            return ConditionOutcome.Met;
        }

        return anyV600e || biomarkers.Gene("BRAF") == TestResult.NotTested ? ConditionOutcome.Unknown : ConditionOutcome.NotMet;
    }

    private static GeneVariant? FirstPathogenic(Biomarkers biomarkers, string[] genes)
    {
        foreach (var variant in biomarkers.Variants)
        {
            if (variant.IsPathogenic && genes.Contains(variant.Gene))
            {
                return variant;
            }
        }

        return null;
    }

    // Whether the gene carries the substitution at all, and whether one such variant is pathogenic.
    private static (bool Any, bool Pathogenic) Substitution(Biomarkers biomarkers, string gene, AminoAcid reference, int position, AminoAcid alternate)
    {
        bool any = false, pathogenic = false;
        foreach (var variant in biomarkers.Variants)
        {
            if (variant.Gene == gene && variant.Change.IsSubstitution(reference, position, alternate))
            {
                any = true;
                pathogenic |= variant.IsPathogenic;
            }
        }

        return (any, pathogenic);
    }

    // The genes not tested negative, in the given order.
    private static ArgumentList Untested(Biomarkers biomarkers, string[] genes)
    {
        var untested = default(ArgumentList);
        foreach (var gene in genes)
        {
            if (biomarkers.Gene(gene) != TestResult.Negative)
            {
                untested.Add(gene);
            }
        }

        return untested;
    }
}
