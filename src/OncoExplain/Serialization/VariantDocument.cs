namespace OncoExplain.Serialization;

/// <summary>One entry of <c>biomarkers.variants</c> in the profile JSON.</summary>
public sealed class VariantDocument
{
    /// <summary>The gene symbol, for example <c>KRAS</c>.</summary>
    public required string Gene { get; init; }

    /// <summary>The HGVS protein change, for example <c>p.G12D</c>.</summary>
    public required string Change { get; init; }

    /// <summary>Somatic (the default when absent) or germline.</summary>
    public VariantOrigin? Origin { get; init; }

    /// <summary>The significance the report gave; when absent the library infers it.</summary>
    public ClinicalSignificance? Significance { get; init; }
}
