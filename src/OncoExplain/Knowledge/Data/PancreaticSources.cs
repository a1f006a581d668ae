using System.Collections.Immutable;

namespace OncoExplain.Knowledge.Data;

/// <summary>Sources for pancreatic cancer (fact sheet §1, §11 "Pancreatic").</summary>
internal static class PancreaticSources
{
    public static ImmutableArray<Source> All { get; } =
    [
        new() { Id = "P1", Citation = "Conroy T et al. FOLFIRINOX versus gemcitabine for metastatic pancreatic cancer. N Engl J Med 2011;364(19):1817-25.", Trial = "PRODIGE 4 / ACCORD 11", Url = "https://www.wikijournalclub.org/wiki/PRODIGE_4_ACCORD_11", Status = SourceStatus.Verified },
        new() { Id = "P1c", Citation = "OpenOnco red flag: fitness for FOLFIRINOX (bilirubin at most 1.5 x ULN), secondary source.", Url = "https://openonco.info/kb/redflags/rf-pdac-fit-for-folfirinox.html", Status = SourceStatus.Secondary },
        new() { Id = "P2", Citation = "MPACT: gemcitabine + nab-paclitaxel vs gemcitabine; long-term update JNCI 2015 (FDA approval September 2013).", Trial = "MPACT (NCT00844649)", Pmid = "25638248", Doi = "10.1093/jnci/dju413", Url = "https://esmo.org/guidelines/esmo-mcbs/esmo-mcbs-for-solid-tumours/esmo-mcbs-scorecards/scorecard-34-1", Status = SourceStatus.Verified },
        new() { Id = "P3", Citation = "FDA approves NALIRIFOX (Onivyde) for first-line metastatic pancreatic adenocarcinoma.", Trial = "NAPOLI 3 (NCT04083235)", ApprovalDate = new DateOnly(2024, 2, 13), Url = "https://www.onclive.com/view/fda-approves-frontline-nalirifox-for-metastatic-pancreatic-adenocarcinoma", Status = SourceStatus.Verified },
        new() { Id = "P4", Citation = "Wang-Gillam A et al. Nanoliposomal irinotecan with fluorouracil and folinic acid after gemcitabine-based therapy. Lancet 2016; FDA approval 2015-10-22.", Trial = "NAPOLI-1 (NCT01494506)", ApprovalDate = new DateOnly(2015, 10, 22), Pmid = "26615328", Doi = "10.1016/S0140-6736(15)00986-1", Url = "http://www.fda.gov/NewsEvents/Newsroom/PressAnnouncements/ucm468654.htm", Status = SourceStatus.Verified },
        new() { Id = "P5", Citation = "FDA approves olaparib for gBRCAm metastatic pancreatic adenocarcinoma; Golan T et al. N Engl J Med 2019;381(4):317-327; final OS Kindler, JCO 2022.", Trial = "POLO (NCT02184195)", ApprovalDate = new DateOnly(2019, 12, 27), Url = "https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-olaparib-gbrcam-metastatic-pancreatic-adenocarcinoma", Status = SourceStatus.Verified },
        new() { Id = "P6", Citation = "Reiss KA et al. Retrospective survival analysis of patients with advanced pancreatic ductal adenocarcinoma and germline BRCA or PALB2 mutations. JCO Precis Oncol 2018.", Pmid = "35135099", Doi = "10.1200/PO.17.00152", Status = SourceStatus.Verified },
        new() { Id = "P6b", Citation = "Wattenberg MM et al. Platinum response characteristics of patients with pancreatic ductal adenocarcinoma and a germline BRCA1, BRCA2 or PALB2 mutation. Br J Cancer 2020.", Url = "https://pmc.ncbi.nlm.nih.gov/articles/PMC7000723/", Status = SourceStatus.Verified },
        new() { Id = "P8", Citation = "Marabelle A et al. Efficacy of pembrolizumab in patients with noncolorectal high microsatellite instability/mismatch repair-deficient cancer. J Clin Oncol 2020 (pancreatic cohort response rate from a secondary summary).", Trial = "KEYNOTE-158", Doi = "10.1200/JCO.19.02105", Status = SourceStatus.Secondary },
        new() { Id = "P10", Citation = "Luchini C et al. KRAS wild-type pancreatic ductal adenocarcinoma: molecular pathology and therapeutic opportunities. J Exp Clin Cancer Res 2020;39:227.", Pmid = "33115526", Doi = "10.1186/s13046-020-01732-6", Status = SourceStatus.Verified },
        new() { Id = "P11", Citation = "FDA grants accelerated approval to zenocutuzumab-zbco for NRG1 fusion-positive non-small cell lung cancer and pancreatic adenocarcinoma.", Trial = "eNRGy (NCT02912949)", ApprovalDate = new DateOnly(2024, 12, 4), Url = "https://esmo.org/oncology-news/fda-grants-accelerated-approval-to-zenocutuzumab-zbco-for-non-small-cell-lung-cancer-and-pancreatic-adenocarcinoma", Status = SourceStatus.Verified },
        new() { Id = "P11c", Citation = "RNA-based NGS detects NRG1 fusions better than DNA-only testing (secondary source).", Url = "https://healthevidencedigest.com/tag/bile-duct-cancer/", Status = SourceStatus.Secondary },
        new() { Id = "P12", Citation = "Strickler JH et al. Sotorasib in KRAS p.G12C-mutated advanced pancreatic cancer. N Engl J Med 2023;388(1):33-43.", Trial = "CodeBreaK 100", Pmid = "36546651", Url = "https://pmc.ncbi.nlm.nih.gov/articles/PMC10506456/", Status = SourceStatus.Verified },
        new() { Id = "P12b", Citation = "Adagrasib in KRAS G12C pancreatic cancer (KRYSTAL-1 cohort), review table WJGO 2024;16(7):2902, Table 2.", Trial = "KRYSTAL-1", Url = "https://wjgnet.com/1948-5204/tables/v16/i7/2902.htm", Status = SourceStatus.Secondary },
        new() { Id = "P14", Citation = "RASolute 302 and daraxonrasib (RMC-6236) news reports, 2025-2026 (secondary sources only; no approval found).", Trial = "RASolute 302 (NCT06625320)", Url = "https://news.cuanschutz.edu/department-of-medicine/fda-drug-pancreatic-cancer-daraxonrasib", Status = SourceStatus.Secondary },
    ];
}
