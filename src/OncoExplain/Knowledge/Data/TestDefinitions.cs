using System.Collections.Immutable;
using static OncoExplain.TestIds;

namespace OncoExplain.Knowledge.Data;

/// <summary>Descriptions and sources of the test ids.</summary>
internal static class TestDefinitions
{
    public static ImmutableArray<CodeDefinition> All { get; } =
    [
        new(ExtendedRas, "Extended RAS: KRAS and NRAS exons 2, 3 and 4 (codons 12, 13, 59, 61, 117, 146), before anti-EGFR therapy.", ["C3", "C2"]),
        new(Braf, "BRAF V600E, before systemic therapy for metastatic colorectal cancer.", ["C3"]),
        new(MsiMmr, "Mismatch-repair immunohistochemistry (MLH1, MSH2, MSH6, PMS2) or MSI by PCR/NGS.", ["C3", "C13"]),
        new(Her2, "HER2 by immunohistochemistry, with ISH for IHC 2+ (HERACLES-type criteria).", ["C12", "C3"]),
        new(Her2Ish, "In-situ hybridisation to settle an equivocal HER2 IHC 2+ result.", ["C12"]),
        new(Tmb, "Tumour mutational burden by an NGS panel (TMB-high: at least 10 mutations per megabase by an FDA-approved test).", ["T2"]),
        new(RnaFusion, "RNA-based fusion testing for NTRK, RET, NRG1 and other kinase fusions.", ["P10", "P11c"]),
        new(GermlinePanel, "Germline multigene panel including BRCA1, BRCA2, PALB2, ATM, CDKN2A, the Lynch genes and STK11.", ["G1", "G2"]),
        new(TumourNgs, "Comprehensive tumour (somatic) profiling by NGS, including KRAS, BRAF and MSI.", ["G5", "P10"]),
        new(PrimaryTumourSide, "Which side of the bowel the primary started on (left: splenic flexure to rectum), from the colonoscopy or pathology report.", ["C5"]),
        new(StagingImaging, "Staging imaging showing every site the cancer has spread to.", ["C23"]),
    ];
}
