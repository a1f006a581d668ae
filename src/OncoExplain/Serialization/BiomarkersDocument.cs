namespace OncoExplain.Serialization;

/// <summary>The <c>biomarkers</c> object of the profile JSON. A marker that is absent was not tested.</summary>
public sealed class BiomarkersDocument
{
    /// <summary>Variants found.</summary>
    public IReadOnlyList<VariantDocument>? Variants { get; init; }

    /// <summary>Genes tested with no pathogenic variant found.</summary>
    public IReadOnlyList<string>? NegativeGenes { get; init; }

    /// <summary>The microsatellite-instability result.</summary>
    public MsiStatus? Msi { get; init; }

    /// <summary>The mismatch-repair result.</summary>
    public MmrStatus? Mmr { get; init; }

    /// <summary>Tumour mutational burden in mutations per megabase, 0–1000.</summary>
    public double? Tmb { get; init; }

    /// <summary>The HER2 result.</summary>
    public Her2Status? Her2 { get; init; }

    /// <summary>Gene fusions found, written <c>5'GENE::3'GENE</c> or as one gene.</summary>
    public IReadOnlyList<string>? Fusions { get; init; }
}
