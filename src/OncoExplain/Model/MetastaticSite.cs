namespace OncoExplain;

/// <summary>An organ or region the cancer has spread to.</summary>
public enum MetastaticSite
{
    /// <summary>The liver.</summary>
    Liver,

    /// <summary>The lungs.</summary>
    Lung,

    /// <summary>The lining of the belly (peritoneum).</summary>
    Peritoneum,

    /// <summary>Bone.</summary>
    Bone,

    /// <summary>The brain.</summary>
    Brain,

    /// <summary>Lymph nodes far from the primary tumour.</summary>
    DistantLymphNodes,

    /// <summary>Any other site.</summary>
    Other,
}
