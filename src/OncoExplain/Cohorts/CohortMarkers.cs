using System.Collections.Immutable;

namespace OncoExplain.Cohorts;

/// <summary>
/// The biomarkers a cohort summary counts, each read from a profile as positive, negative, inconclusive or not tested.
/// A gene is negative only when the profile lists it in <c>negativeGenes</c> (or carries only benign variants).
/// </summary>
public static class CohortMarkers
{
    /// <summary>A pathogenic KRAS or NRAS variant (positive), or both genes tested negative.</summary>
    public const string Ras = "ras";

    /// <summary>The KRAS gene.</summary>
    public const string Kras = "kras";

    /// <summary>KRAS G12C.</summary>
    public const string KrasG12c = "kras-g12c";

    /// <summary>The NRAS gene.</summary>
    public const string Nras = "nras";

    /// <summary>The BRAF gene.</summary>
    public const string Braf = "braf";

    /// <summary>BRAF V600E.</summary>
    public const string BrafV600e = "braf-v600e";

    /// <summary>MSI-high or mismatch-repair deficient.</summary>
    public const string MsiHighOrDmmr = "msi-high-or-dmmr";

    /// <summary>TMB of at least <see cref="Biomarkers.TmbHighThreshold"/> mutations per megabase.</summary>
    public const string TmbHigh = "tmb-high";

    /// <summary>HER2-positive (IHC 3+, IHC 2+ with positive ISH, or amplified).</summary>
    public const string Her2 = "her2";

    /// <summary>The BRCA1 gene.</summary>
    public const string Brca1 = "brca1";

    /// <summary>The BRCA2 gene.</summary>
    public const string Brca2 = "brca2";

    /// <summary>The PALB2 gene.</summary>
    public const string Palb2 = "palb2";

    /// <summary>An NTRK1, NTRK2 or NTRK3 fusion.</summary>
    public const string NtrkFusion = "ntrk-fusion";

    /// <summary>A RET fusion.</summary>
    public const string RetFusion = "ret-fusion";

    /// <summary>An NRG1 fusion.</summary>
    public const string Nrg1Fusion = "nrg1-fusion";

    /// <summary>Colorectal only: positive for a left-sided primary, negative for a right-sided one, not tested when the side is unknown.</summary>
    public const string LeftSidedPrimary = "left-sided-primary";

    /// <summary>Every marker id, in summary order.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        Ras, Kras, KrasG12c, Nras, Braf, BrafV600e, MsiHighOrDmmr, TmbHigh, Her2, Brca1, Brca2, Palb2, NtrkFusion, RetFusion, Nrg1Fusion,
        LeftSidedPrimary,
    ];

    /// <summary>The markers of one profile, in <see cref="All"/> order (<see cref="LeftSidedPrimary"/> only for colorectal cancer).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<MarkerResult> Of(TumourProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var b = profile.Biomarkers;
        var builder = ImmutableArray.CreateBuilder<MarkerResult>(All.Length);
        builder.Add(new(Ras, Either(b.Gene("KRAS"), b.Gene("NRAS"))));
        builder.Add(new(Kras, b.Gene("KRAS")));
        builder.Add(new(KrasG12c, Substitution(b, "KRAS", AminoAcid.Gly, 12, AminoAcid.Cys)));
        builder.Add(new(Nras, b.Gene("NRAS")));
        builder.Add(new(Braf, b.Gene("BRAF")));
        builder.Add(new(BrafV600e, Substitution(b, "BRAF", AminoAcid.Val, 600, AminoAcid.Glu)));
        builder.Add(new(MsiHighOrDmmr, b.MsiHighOrMmrDeficient));
        builder.Add(new(TmbHigh, b.TmbHigh));
        builder.Add(new(Her2, b.Her2Positive));
        builder.Add(new(Brca1, b.Gene("BRCA1")));
        builder.Add(new(Brca2, b.Gene("BRCA2")));
        builder.Add(new(Palb2, b.Gene("PALB2")));
        builder.Add(new(NtrkFusion, Either(Either(b.Fusion("NTRK1"), b.Fusion("NTRK2")), b.Fusion("NTRK3"))));
        builder.Add(new(RetFusion, b.Fusion("RET")));
        builder.Add(new(Nrg1Fusion, b.Fusion("NRG1")));
        if (profile.Cancer == CancerType.Colorectal)
        {
            builder.Add(new(LeftSidedPrimary, profile.Sidedness switch
            {
                Sidedness.Left => TestResult.Positive,
                Sidedness.Right => TestResult.Negative,
                _ => TestResult.NotTested,
            }));
        }

        return builder.ToImmutable();
    }

    /// <summary>Positive when either is; negative only when both are; otherwise inconclusive when either is, else not tested.</summary>
    private static TestResult Either(TestResult left, TestResult right) =>
        left == TestResult.Positive || right == TestResult.Positive ? TestResult.Positive
        : left == TestResult.Negative && right == TestResult.Negative ? TestResult.Negative
        : left == TestResult.Inconclusive || right == TestResult.Inconclusive ? TestResult.Inconclusive
        : TestResult.NotTested;

    /// <summary>Positive for a pathogenic copy of the substitution; inconclusive for a non-pathogenic one; negative when the gene was tested without it.</summary>
    private static TestResult Substitution(Biomarkers biomarkers, string gene, AminoAcid reference, int position, AminoAcid alternate)
    {
        var found = biomarkers.VariantsIn(gene).Where(v => v.Change.IsSubstitution(reference, position, alternate)).ToList();
        if (found.Any(v => v.IsPathogenic))
        {
            return TestResult.Positive;
        }

        if (found.Count > 0)
        {
            return TestResult.Inconclusive;
        }

        return biomarkers.Gene(gene) == TestResult.NotTested ? TestResult.NotTested : TestResult.Negative;
    }
}
