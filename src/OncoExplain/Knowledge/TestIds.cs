using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The stable ids of tests (and of the reports that settle a clinical fact). Descriptions are in <see cref="KnowledgeBase.Tests"/>.</summary>
public static class TestIds
{
    /// <summary>Extended RAS: KRAS and NRAS codons 12, 13, 59, 61, 117 and 146.</summary>
    public const string ExtendedRas = "extended-ras";

    /// <summary>BRAF V600E.</summary>
    public const string Braf = "braf";

    /// <summary>Mismatch-repair immunohistochemistry or MSI by PCR/NGS.</summary>
    public const string MsiMmr = "msi-mmr";

    /// <summary>HER2 by immunohistochemistry (with ISH when needed).</summary>
    public const string Her2 = "her2";

    /// <summary>ISH to settle an equivocal HER2 IHC 2+ result.</summary>
    public const string Her2Ish = "her2-ish";

    /// <summary>Tumour mutational burden by an NGS panel.</summary>
    public const string Tmb = "tmb";

    /// <summary>RNA-based fusion testing (NTRK, RET, NRG1 and others).</summary>
    public const string RnaFusion = "rna-fusion";

    /// <summary>Germline multigene panel (BRCA1/2, PALB2, ATM, CDKN2A, Lynch genes, STK11).</summary>
    public const string GermlinePanel = "germline-panel";

    /// <summary>Comprehensive tumour (somatic) profiling by NGS, including KRAS and BRAF.</summary>
    public const string TumourNgs = "tumour-ngs";

    /// <summary>Which side of the bowel the primary tumour started on, from the colonoscopy or pathology report.</summary>
    public const string PrimaryTumourSide = "primary-tumour-side";

    /// <summary>Staging imaging showing where the cancer has spread.</summary>
    public const string StagingImaging = "staging-imaging";

    /// <summary>Every test id, in catalogue order.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        ExtendedRas, Braf, MsiMmr, Her2, Her2Ish, Tmb, RnaFusion, GermlinePanel, TumourNgs, PrimaryTumourSide, StagingImaging,
    ];
}
