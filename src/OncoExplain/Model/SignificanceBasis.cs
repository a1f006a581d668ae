namespace OncoExplain;

/// <summary>Where the effective significance of a variant came from.</summary>
public enum SignificanceBasis
{
    /// <summary>The report gave it.</summary>
    Reported,

    /// <summary>Inferred: the change is a known cancer hotspot (for example KRAS G12D, BRAF V600E).</summary>
    KnownHotspot,

    /// <summary>Inferred: the change cuts short a tumour-suppressor or DNA-repair gene (for example a BRCA2 frameshift).</summary>
    TruncatingInTumourSuppressor,

    /// <summary>Nothing was reported or could be inferred, so the variant is treated as of uncertain significance.</summary>
    NotInferable,
}
