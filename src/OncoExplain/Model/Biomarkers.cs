using System.Collections.Immutable;
using System.Runtime.InteropServices;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>
/// The tumour's test results. Every marker is tri-state: a marker that is absent here was not tested, which is
/// never the same as negative (<see cref="TestResult.NotTested"/>).
/// </summary>
public sealed record Biomarkers
{
    /// <summary>The TMB, in mutations per megabase, at or above which a tumour counts as TMB-high.</summary>
    public const double TmbHighThreshold = 10.0;

    /// <summary>The largest TMB accepted, in mutations per megabase.</summary>
    public const double MaxTmb = 1000.0;

    /// <summary>No results at all: nothing has been tested.</summary>
    public static Biomarkers None { get; } = new();

    /// <summary>Creates a set of results.</summary>
    /// <param name="variants">Variants found; the same gene and change may appear only once.</param>
    /// <param name="negativeGenes">Genes tested with no pathogenic variant found.</param>
    /// <param name="msi">The MSI result, or <see langword="null"/> when not tested.</param>
    /// <param name="mmr">The MMR result, or <see langword="null"/> when not tested.</param>
    /// <param name="tmb">Tumour mutational burden in mutations per megabase, or <see langword="null"/>.</param>
    /// <param name="her2">The HER2 result, or <see langword="null"/>.</param>
    /// <param name="fusions">Gene fusions found.</param>
    /// <exception cref="ArgumentException">A gene carries a pathogenic variant and is also listed as negative, or a variant is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tmb"/> is outside 0–1000 or an enum is undefined.</exception>
    public Biomarkers(
        IEnumerable<GeneVariant>? variants = null,
        IEnumerable<string>? negativeGenes = null,
        MsiStatus? msi = null,
        MmrStatus? mmr = null,
        double? tmb = null,
        Her2Status? her2 = null,
        IEnumerable<GeneFusion>? fusions = null)
    {
        Variants = variants is null ? [] : [.. variants];
        NegativeGenes = negativeGenes is null ? [] : SortedDistinct(negativeGenes);
        Msi = Preconditions.CheckDefined(msi);
        Mmr = Preconditions.CheckDefined(mmr);
        Tmb = Preconditions.CheckRange(tmb, 0, MaxTmb);
        Her2 = Preconditions.CheckDefined(her2);
        Fusions = fusions is null ? [] : [.. fusions];

        for (var i = 0; i < Variants.Length; i++)
        {
            var variant = Variants[i] ?? throw new ArgumentException("A variant is null.", nameof(variants));
            if (variant.IsPathogenic && NegativeGenes.Contains(variant.Gene))
            {
                throw new ArgumentException($"{variant.Gene} carries {variant.Change.ToShortString()} but is also listed as tested negative.", nameof(negativeGenes));
            }

            for (var j = 0; j < i; j++)
            {
                if (Variants[j].Gene == variant.Gene && Variants[j].Change == variant.Change)
                {
                    throw new ArgumentException($"{variant} is listed twice.", nameof(variants));
                }
            }
        }
    }

    /// <summary>Variants found, in the order given.</summary>
    public ImmutableArray<GeneVariant> Variants { get; }

    /// <summary>Genes tested with no pathogenic variant found, upper case, sorted.</summary>
    public ImmutableArray<string> NegativeGenes { get; }

    /// <summary>The MSI result, or <see langword="null"/> when not tested.</summary>
    public MsiStatus? Msi { get; }

    /// <summary>The MMR result, or <see langword="null"/> when not tested.</summary>
    public MmrStatus? Mmr { get; }

    /// <summary>Tumour mutational burden in mutations per megabase, or <see langword="null"/> when not measured.</summary>
    public double? Tmb { get; }

    /// <summary>The HER2 result, or <see langword="null"/> when not tested.</summary>
    public Her2Status? Her2 { get; }

    /// <summary>Gene fusions found, in the order given.</summary>
    public ImmutableArray<GeneFusion> Fusions { get; }

    /// <summary>The variants found in one gene.</summary>
    /// <param name="gene">A gene symbol (any case).</param>
    /// <returns>The variants, possibly none.</returns>
    public IEnumerable<GeneVariant> VariantsIn(string gene)
    {
        var symbol = GeneSymbols.Normalize(gene);
        return Variants.Where(v => v.Gene == symbol);
    }

    /// <summary>
    /// The result for a gene: <see cref="TestResult.Positive"/> with a pathogenic or likely pathogenic variant,
    /// <see cref="TestResult.Inconclusive"/> with only variants of uncertain significance, <see cref="TestResult.Negative"/>
    /// when listed as negative or carrying only benign variants, otherwise <see cref="TestResult.NotTested"/>.
    /// </summary>
    /// <param name="gene">A gene symbol (any case).</param>
    /// <returns>The result.</returns>
    public TestResult Gene(string gene)
    {
        var symbol = GeneSymbols.Normalize(gene);
        var result = NegativeGenes.Contains(symbol) ? TestResult.Negative : TestResult.NotTested;
        foreach (var variant in Variants)
        {
            if (variant.Gene != symbol)
            {
                continue;
            }

            if (variant.IsPathogenic)
            {
                return TestResult.Positive;
            }

            if (!variant.IsBenign && result != TestResult.Negative)
            {
                result = TestResult.Inconclusive;
            }
            else if (variant.IsBenign && result == TestResult.NotTested)
            {
                result = TestResult.Negative;
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the tumour is MSI-high or mismatch-repair deficient: positive when either test says so, negative when a test
    /// was done and neither says so, otherwise not tested. MSI-low counts as stable.
    /// </summary>
    public TestResult MsiHighOrMmrDeficient =>
        Msi == MsiStatus.High || Mmr == MmrStatus.Deficient ? TestResult.Positive
        : Msi is not null || Mmr is not null ? TestResult.Negative
        : TestResult.NotTested;

    /// <summary>Whether MSI and MMR disagree (MSI-high with MMR proficient, or MSS with MMR deficient): possible, but worth a second look.</summary>
    public bool MsiMmrDiscordant =>
        (Msi == MsiStatus.High && Mmr == MmrStatus.Proficient)
        || (Msi is MsiStatus.Stable or MsiStatus.Low && Mmr == MmrStatus.Deficient);

    /// <summary>Whether TMB is at least <see cref="TmbHighThreshold"/> mutations per megabase.</summary>
    public TestResult TmbHigh => Tmb is not { } tmb ? TestResult.NotTested : tmb >= TmbHighThreshold ? TestResult.Positive : TestResult.Negative;

    /// <summary>Whether the tumour is HER2-positive: IHC 3+, IHC 2+ with positive ISH, or amplified; IHC 2+ alone is inconclusive.</summary>
    public TestResult Her2Positive => Her2 switch
    {
        null => TestResult.NotTested,
        Her2Status.Ihc3Plus or Her2Status.Ihc2PlusIshPositive or Her2Status.Amplified => TestResult.Positive,
        Her2Status.Ihc2Plus => TestResult.Inconclusive,
        _ => TestResult.Negative,
    };

    /// <summary>
    /// The result for a fusion driven by a gene: positive when a fusion involving it is listed, negative when the gene is
    /// listed among <see cref="NegativeGenes"/>, otherwise not tested.
    /// </summary>
    /// <param name="driverGene">The driver gene, for example <c>NRG1</c>.</param>
    /// <returns>The result.</returns>
    public TestResult Fusion(string driverGene)
    {
        var symbol = GeneSymbols.Normalize(driverGene);
        foreach (var fusion in Fusions)
        {
            if (fusion.Involves(symbol))
            {
                return TestResult.Positive;
            }
        }

        return NegativeGenes.Contains(symbol) ? TestResult.Negative : TestResult.NotTested;
    }

    // Normalized symbols in ordinal order, each once (what Distinct then Order gives, in one sort).
    private static ImmutableArray<string> SortedDistinct(IEnumerable<string> genes)
    {
        var symbols = genes.Select(GeneSymbols.Normalize).ToArray();
        Array.Sort(symbols, StringComparer.Ordinal);
        var count = 0;
        foreach (var symbol in symbols)
        {
            if (count == 0 || !string.Equals(symbols[count - 1], symbol, StringComparison.Ordinal))
            {
                symbols[count++] = symbol;
            }
        }

        return count == symbols.Length ? ImmutableCollectionsMarshal.AsImmutableArray(symbols) : [.. symbols.AsSpan(0, count)];
    }

    /// <inheritdoc />
    public bool Equals(Biomarkers? other) =>
        other is not null
        && Sequences.Equal(Variants, other.Variants)
        && Sequences.Equal(NegativeGenes, other.NegativeGenes)
        && Msi == other.Msi
        && Mmr == other.Mmr
        && Tmb.Equals(other.Tmb)
        && Her2 == other.Her2
        && Sequences.Equal(Fusions, other.Fusions);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        Sequences.AddTo(ref hash, Variants);
        Sequences.AddTo(ref hash, NegativeGenes);
        hash.Add(Msi);
        hash.Add(Mmr);
        hash.Add(Tmb);
        hash.Add(Her2);
        Sequences.AddTo(ref hash, Fusions);
        return hash.ToHashCode();
    }
}
