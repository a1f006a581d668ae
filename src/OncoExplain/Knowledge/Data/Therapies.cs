using System.Collections.Immutable;
using static OncoExplain.TherapyIds;

namespace OncoExplain.Knowledge.Data;

/// <summary>The therapies, in <see cref="TherapyIds.All"/> order.</summary>
internal static class Therapies
{
    private static readonly ImmutableArray<CancerType> Both = [CancerType.Pancreatic, CancerType.Colorectal];
    private static readonly ImmutableArray<CancerType> Pancreatic = [CancerType.Pancreatic];
    private static readonly ImmutableArray<CancerType> Colorectal = [CancerType.Colorectal];

    public static ImmutableArray<Therapy> All { get; } =
    [
        new() { Id = AntiEgfr, Name = "Anti-EGFR antibody (cetuximab or panitumumab)", Cancers = Colorectal, Description = "EGFR antibodies with chemotherapy or alone; need extended RAS wild-type (KRAS and NRAS) and, here, no BRAF V600E; first line only for left-sided primaries." },
        new() { Id = CheckpointInhibitor, Name = "Immune checkpoint inhibitor", Cancers = Both, TumourAgnostic = true, Description = "PD-1 antibodies (pembrolizumab, dostarlimab, nivolumab) or nivolumab with ipilimumab for MSI-high/dMMR tumours; pembrolizumab for TMB-high tumours." },
        new() { Id = ParpMaintenance, Name = "PARP-inhibitor maintenance (olaparib)", Cancers = Pancreatic, Description = "Olaparib maintenance for germline BRCA1/2 pancreatic cancer without progression after at least 16 weeks of first-line platinum." },
        new() { Id = KrasG12cTargeted, Name = "KRAS G12C inhibitor", Cancers = Both, Description = "Sotorasib with panitumumab or adagrasib with cetuximab in colorectal cancer after standard chemotherapy; trial evidence only in pancreatic cancer." },
        new() { Id = RasOnInhibitor, Name = "RAS(ON) inhibitor (daraxonrasib)", Cancers = Pancreatic, Description = "Daraxonrasib (RMC-6236) in previously treated pancreatic cancer; phase 3 results reported in secondary sources; no approval found." },
        new() { Id = BrafTargeted, Name = "BRAF V600E-directed combination", Cancers = Both, TumourAgnostic = true, Description = "Encorafenib with cetuximab (with mFOLFOX6 first line) in colorectal cancer; dabrafenib with trametinib in other solid tumours, which excludes colorectal cancer." },
        new() { Id = Her2Targeted, Name = "HER2-directed therapy", Cancers = Both, TumourAgnostic = true, Description = "Tucatinib with trastuzumab for RAS wild-type HER2-positive colorectal cancer after standard chemotherapy; trastuzumab deruxtecan for HER2 IHC 3+ solid tumours after prior therapy." },
        new() { Id = TrkInhibitor, Name = "TRK inhibitor", Cancers = Both, TumourAgnostic = true, Description = "Larotrectinib, entrectinib or repotrectinib for NTRK fusion-positive solid tumours." },
        new() { Id = RetInhibitor, Name = "RET inhibitor (selpercatinib)", Cancers = Both, TumourAgnostic = true, Description = "Selpercatinib for RET fusion-positive solid tumours." },
        new() { Id = Nrg1Targeted, Name = "NRG1-fusion antibody (zenocutuzumab)", Cancers = Pancreatic, Description = "Zenocutuzumab for NRG1 fusion-positive pancreatic adenocarcinoma after prior systemic therapy." },
        new() { Id = PlatinumChemotherapy, Name = "Platinum-containing first-line chemotherapy", Cancers = Pancreatic, Description = "A platinum-containing first-line regimen (FOLFIRINOX, NALIRIFOX, gemcitabine-cisplatin) for germline BRCA1/2 or PALB2 carriers, on retrospective evidence." },
        new() { Id = Folfirinox, Name = "FOLFIRINOX", Cancers = Pancreatic, Description = "Oxaliplatin, irinotecan, leucovorin and fluorouracil first line (PRODIGE 4: ECOG 0–1, age 18–75)." },
        new() { Id = Nalirifox, Name = "NALIRIFOX", Cancers = Pancreatic, Description = "Liposomal irinotecan, oxaliplatin, leucovorin and fluorouracil first line (NAPOLI 3: ECOG 0–1)." },
        new() { Id = GemcitabineNabPaclitaxel, Name = "Gemcitabine with nab-paclitaxel", Cancers = Pancreatic, Description = "Gemcitabine with nab-paclitaxel first line (MPACT: Karnofsky ≥70)." },
        new() { Id = NalIriFluorouracil, Name = "Liposomal irinotecan with fluorouracil/leucovorin", Cancers = Pancreatic, Description = "Liposomal irinotecan with fluorouracil and leucovorin after gemcitabine-based therapy (NAPOLI-1)." },
        new() { Id = ColorectalChemotherapy, Name = "Fluoropyrimidine-based chemotherapy", Cancers = Colorectal, Description = "Chemotherapy backbones FOLFOX, CAPOX, FOLFIRI and FOLFOXIRI, each possibly with a biologic." },
        new() { Id = AntiVegf, Name = "Anti-VEGF antibody (bevacizumab) with chemotherapy", Cancers = Colorectal, Description = "Bevacizumab added to fluoropyrimidine-based chemotherapy." },
        new() { Id = TrifluridineTipiracil, Name = "Trifluridine–tipiracil (± bevacizumab)", Cancers = Colorectal, Description = "Trifluridine–tipiracil with or without bevacizumab for refractory colorectal cancer." },
        new() { Id = Fruquintinib, Name = "Fruquintinib", Cancers = Colorectal, Description = "Fruquintinib for refractory colorectal cancer." },
        new() { Id = Regorafenib, Name = "Regorafenib", Cancers = Colorectal, Description = "Regorafenib for refractory colorectal cancer." },
        new() { Id = LiverSurgery, Name = "Liver-surgery assessment", Cancers = Colorectal, Description = "Assessment by a liver-surgery team for removal of liver-limited colorectal metastases, now or after conversion chemotherapy." },
    ];
}
