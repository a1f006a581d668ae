using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>A protein-changing variant found in one gene, with where it came from and what it means.</summary>
/// <remarks>
/// When the report gives no significance, <see cref="Significance"/> is inferred: a known cancer hotspot is pathogenic,
/// a truncating change in a tumour-suppressor or DNA-repair gene is likely pathogenic, anything else is uncertain.
/// <see cref="SignificanceBasis"/> says which.
/// </remarks>
public sealed record GeneVariant
{
    /// <summary>Creates a variant.</summary>
    /// <param name="gene">The gene symbol (normalized to upper case).</param>
    /// <param name="change">The protein change.</param>
    /// <param name="origin">Somatic (default) or germline.</param>
    /// <param name="reportedSignificance">The significance the report gave, or <see langword="null"/> to infer it.</param>
    /// <exception cref="ArgumentException"><paramref name="gene"/> is not a gene symbol.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not a defined value.</exception>
    public GeneVariant(string gene, ProteinChange change, VariantOrigin origin = VariantOrigin.Somatic, ClinicalSignificance? reportedSignificance = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        Gene = GeneSymbols.Normalize(gene);
        Change = change;
        Origin = Preconditions.CheckDefined(origin);
        ReportedSignificance = Preconditions.CheckDefined(reportedSignificance);
        (Significance, SignificanceBasis) = reportedSignificance is { } reported
            ? (reported, SignificanceBasis.Reported)
            : VariantInterpretation.Infer(Gene, change);
    }

    /// <summary>Creates a variant from HGVS text.</summary>
    /// <param name="gene">The gene symbol.</param>
    /// <param name="change">The protein change, for example <c>p.G12D</c>.</param>
    /// <param name="origin">Somatic (default) or germline.</param>
    /// <param name="reportedSignificance">The significance the report gave, or <see langword="null"/> to infer it.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="FormatException"><paramref name="change"/> is not a protein change.</exception>
    /// <exception cref="ArgumentException"><paramref name="gene"/> is not a gene symbol.</exception>
    public static GeneVariant Of(string gene, string change, VariantOrigin origin = VariantOrigin.Somatic, ClinicalSignificance? reportedSignificance = null) =>
        new(gene, ProteinChange.Parse(change), origin, reportedSignificance);

    /// <summary>The gene symbol, upper case.</summary>
    public string Gene { get; }

    /// <summary>The protein change.</summary>
    public ProteinChange Change { get; }

    /// <summary>Somatic (tumour only) or germline (inherited).</summary>
    public VariantOrigin Origin { get; }

    /// <summary>The significance as reported, or <see langword="null"/> when the report did not say.</summary>
    public ClinicalSignificance? ReportedSignificance { get; }

    /// <summary>The significance used for interpretation: reported, or else inferred (see <see cref="SignificanceBasis"/>).</summary>
    public ClinicalSignificance Significance { get; }

    /// <summary>Where <see cref="Significance"/> came from.</summary>
    public SignificanceBasis SignificanceBasis { get; }

    /// <summary>Whether the variant counts as disease-causing (pathogenic or likely pathogenic).</summary>
    public bool IsPathogenic => Significance is ClinicalSignificance.Pathogenic or ClinicalSignificance.LikelyPathogenic;

    /// <summary>Whether the variant counts as harmless (benign or likely benign).</summary>
    public bool IsBenign => Significance is ClinicalSignificance.Benign or ClinicalSignificance.LikelyBenign;

    /// <summary>The gene and the one-letter change, for example <c>KRAS p.G12D</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Gene} {Change.ToShortString()}";
}
