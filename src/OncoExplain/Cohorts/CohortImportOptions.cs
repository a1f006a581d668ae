namespace OncoExplain.Cohorts;

/// <summary>How <see cref="CohortImporter"/> reads clinical and mutation tables.</summary>
public sealed record CohortImportOptions
{
    /// <summary>The MSIsensor score at or above which a tumour is MSI-high: 10, as used by MSK-IMPACT (Middha et al., JCO Precision Oncology 2017).</summary>
    public const double DefaultMsiSensorHigh = 10.0;

    /// <summary>The MSIsensor score below which a tumour is microsatellite stable: 3 (same source; 3 to 10 is indeterminate).</summary>
    public const double DefaultMsiSensorStable = 3.0;

    /// <summary>The MANTIS score above which a tumour is MSI-high: 0.4 (Bonneville et al., JCO Precision Oncology 2017).</summary>
    public const double DefaultMantisHigh = 0.4;

    /// <summary>The cancer of every row; <see langword="null"/> reads it per row from an OncoTree code or cancer-type column.</summary>
    public CancerType? Cancer { get; init; }

    /// <summary>The stage of every row (for example IV for a metastatic cohort); <see langword="null"/> reads it per row.</summary>
    public StageGroup? Stage { get; init; }

    /// <summary>
    /// The genes the sequencing panel covers. A sequenced sample (one with at least one row in a mutation table) with no
    /// variant at all in a panel gene gets that gene as tested negative. <see langword="null"/> (the default) marks nothing
    /// negative: without the panel, a gene without a variant is unknown, not negative.
    /// </summary>
    public IReadOnlyCollection<string>? PanelGenes { get; init; }

    /// <summary>
    /// The genes whose variants are kept; <see langword="null"/> keeps <see cref="CohortImporter.DefaultVariantGenes"/>.
    /// Panel genes are always kept. Rows in other genes are counted as <see cref="ImportIssueCodes.GeneNotSelected"/>.
    /// </summary>
    public IReadOnlyCollection<string>? VariantGenes { get; init; }

    /// <summary>The MSIsensor score at or above which a tumour is MSI-high.</summary>
    public double MsiSensorHigh { get; init; } = DefaultMsiSensorHigh;

    /// <summary>The MSIsensor score below which a tumour is stable.</summary>
    public double MsiSensorStable { get; init; } = DefaultMsiSensorStable;

    /// <summary>The MANTIS score above which a tumour is MSI-high (at or below it: stable).</summary>
    public double MantisHigh { get; init; } = DefaultMantisHigh;
}
