using System.Collections.Immutable;

namespace OncoExplain.Knowledge.Data;

/// <summary>Sources for tumour-agnostic approvals and testing (fact sheet §3, §7, §11).</summary>
internal static class AgnosticSources
{
    public static ImmutableArray<Source> All { get; } =
    [
        new() { Id = "T1", Citation = "FDA approves pembrolizumab for MSI-H or dMMR solid tumours, the first tissue-agnostic approval (accelerated).", ApprovalDate = new DateOnly(2017, 5, 23), Url = "https://www.myamericannurse.com/fda-approves-cancer-treatment-tumors-specific-biomarker/", Status = SourceStatus.Verified },
        new() { Id = "T2", Citation = "FDA approves pembrolizumab for adults and children with TMB-H solid tumours (accelerated); Subbiah, Ann Oncol 2020.", Trial = "KEYNOTE-158", ApprovalDate = new DateOnly(2020, 6, 16), Url = "https://maestrodatabase.com/blog/fda-approves-pembrolizumab-for-adults-and-children-with-tmb-h-solid-tumours", Status = SourceStatus.Verified },
        new() { Id = "T3", Citation = "FDA grants accelerated approval to dostarlimab-gxly for dMMR advanced solid tumours.", Trial = "GARNET (NCT02715284)", ApprovalDate = new DateOnly(2021, 8, 17), Url = "https://ecancer.org/en/news/20723-fda-grants-accelerated-approval-to-dostarlimab-gxly-for-dmmr-advanced-solid-tumours", Status = SourceStatus.Verified },
        new() { Id = "T4", Citation = "FDA approves larotrectinib for solid tumours with NTRK gene fusions (accelerated).", ApprovalDate = new DateOnly(2018, 11, 26), Url = "https://www.fda.gov/Drugs/InformationOnDrugs/ApprovedDrugs/ucm626720.htm", Status = SourceStatus.Verified },
        new() { Id = "T5", Citation = "FDA approves entrectinib for NTRK fusion-positive solid tumours (accelerated; secondary source).", ApprovalDate = new DateOnly(2019, 8, 15), Url = "https://insights.citeline.com/SC125716/", Status = SourceStatus.Secondary },
        new() { Id = "T6", Citation = "FDA grants accelerated approval to repotrectinib for adult and pediatric patients with NTRK gene fusion-positive solid tumours.", Trial = "TRIDENT-1 (NCT03093116)", ApprovalDate = new DateOnly(2024, 6, 13), Url = "https://fda.gov/drugs/resources-information-approved-drugs/fda-grants-accelerated-approval-repotrectinib-adult-and-pediatric-patients-ntrk-gene-fusion-positive", Status = SourceStatus.Verified },
        new() { Id = "T7", Citation = "FDA approves selpercatinib for locally advanced or metastatic RET fusion-positive solid tumours (accelerated; secondary source).", Trial = "LIBRETTO-001", ApprovalDate = new DateOnly(2022, 9, 21), Url = "https://maestrodatabase.com/blog/fda-approves-selpercatinib-for-locally-advanced-or-metastatic-ret-fusion-positive-solid-tumours", Status = SourceStatus.Secondary },
        new() { Id = "T8", Citation = "FDA approval of dabrafenib with trametinib for BRAF V600E solid tumours (accelerated); not indicated for colorectal cancer.", ApprovalDate = new DateOnly(2022, 6, 22), Url = "https://www.fda.gov/drugs/resources-information-approved-drugs/fda-disco-burst-edition-fda-approval-tafinlar-dabrafenib-combination-mekinist-trametinib", Status = SourceStatus.Verified },
        new() { Id = "T9", Citation = "FDA grants accelerated approval to fam-trastuzumab deruxtecan-nxki for unresectable or metastatic HER2-positive (IHC 3+) solid tumours.", Trial = "DESTINY-PanTumor02, DESTINY-Lung01, DESTINY-CRC02", ApprovalDate = new DateOnly(2024, 4, 5), Url = "https://maestrodatabase.com/blog/fda-grants-accelerated-approval-to-fam-trastuzumab-deruxtecan-nxki-for-unresectable-or-metastatic-her2-positive-solid-tumours", Status = SourceStatus.Verified },
        new() { Id = "G1", Citation = "Stoffel EM et al. Evaluating susceptibility to pancreatic cancer: ASCO provisional clinical opinion. J Clin Oncol 2019;37(2):153-164.", Pmid = "30457921", Status = SourceStatus.Verified },
        new() { Id = "G2", Citation = "Academic implementation of universal germline testing in pancreatic cancer (2021).", Url = "https://pmc.ncbi.nlm.nih.gov/articles/PMC8257923", Status = SourceStatus.Verified },
        new() { Id = "G5", Citation = "Sohal DPS et al. Metastatic pancreatic cancer: ASCO guideline update (germline and somatic testing; secondary mirror).", Status = SourceStatus.Secondary },
    ];
}
