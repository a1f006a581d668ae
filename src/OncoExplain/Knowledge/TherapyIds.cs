using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The stable therapy ids of findings. <see cref="All"/> is also the order of findings.</summary>
public static class TherapyIds
{
    /// <summary>Cetuximab or panitumumab, with chemotherapy or alone; needs RAS wild-type.</summary>
    public const string AntiEgfr = "anti-egfr";

    /// <summary>PD-1 (± CTLA-4) checkpoint inhibitors for MSI-high/dMMR or TMB-high tumours.</summary>
    public const string CheckpointInhibitor = "checkpoint-inhibitor";

    /// <summary>Olaparib maintenance for germline BRCA1/2 pancreatic cancer.</summary>
    public const string ParpMaintenance = "parp-maintenance";

    /// <summary>KRAS G12C inhibitors (sotorasib + panitumumab, adagrasib + cetuximab in colorectal cancer).</summary>
    public const string KrasG12cTargeted = "kras-g12c-targeted";

    /// <summary>Daraxonrasib (RAS(ON) inhibitor): trials only, no approval found.</summary>
    public const string RasOnInhibitor = "ras-on-inhibitor";

    /// <summary>BRAF V600E-directed combinations (encorafenib + cetuximab in colorectal cancer; dabrafenib + trametinib elsewhere).</summary>
    public const string BrafTargeted = "braf-targeted";

    /// <summary>HER2-directed therapy (tucatinib + trastuzumab; trastuzumab deruxtecan).</summary>
    public const string Her2Targeted = "her2-targeted";

    /// <summary>TRK inhibitors for NTRK fusions (larotrectinib, entrectinib, repotrectinib).</summary>
    public const string TrkInhibitor = "trk-inhibitor";

    /// <summary>RET inhibitor for RET fusions (selpercatinib).</summary>
    public const string RetInhibitor = "ret-inhibitor";

    /// <summary>Zenocutuzumab for NRG1-fusion pancreatic cancer.</summary>
    public const string Nrg1Targeted = "nrg1-targeted";

    /// <summary>A platinum-containing first-line regimen preferred for germline BRCA1/2 or PALB2 carriers.</summary>
    public const string PlatinumChemotherapy = "platinum-chemotherapy";

    /// <summary>FOLFIRINOX first line in pancreatic cancer.</summary>
    public const string Folfirinox = "folfirinox";

    /// <summary>NALIRIFOX first line in pancreatic cancer.</summary>
    public const string Nalirifox = "nalirifox";

    /// <summary>Gemcitabine + nab-paclitaxel first line in pancreatic cancer.</summary>
    public const string GemcitabineNabPaclitaxel = "gemcitabine-nab-paclitaxel";

    /// <summary>Liposomal irinotecan + fluorouracil/leucovorin after gemcitabine-based therapy in pancreatic cancer.</summary>
    public const string NalIriFluorouracil = "nal-iri-fluorouracil";

    /// <summary>Fluoropyrimidine-based chemotherapy backbones for colorectal cancer (FOLFOX, CAPOX, FOLFIRI, FOLFOXIRI).</summary>
    public const string ColorectalChemotherapy = "colorectal-chemotherapy";

    /// <summary>Bevacizumab with chemotherapy in colorectal cancer.</summary>
    public const string AntiVegf = "anti-vegf";

    /// <summary>Trifluridine–tipiracil, with or without bevacizumab, in refractory colorectal cancer.</summary>
    public const string TrifluridineTipiracil = "trifluridine-tipiracil";

    /// <summary>Fruquintinib in refractory colorectal cancer.</summary>
    public const string Fruquintinib = "fruquintinib";

    /// <summary>Regorafenib in refractory colorectal cancer.</summary>
    public const string Regorafenib = "regorafenib";

    /// <summary>Assessment by a liver-surgery team for removal of liver-limited colorectal metastases.</summary>
    public const string LiverSurgery = "liver-surgery";

    /// <summary>Every therapy id, in finding order.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        AntiEgfr, CheckpointInhibitor, ParpMaintenance, KrasG12cTargeted, RasOnInhibitor, BrafTargeted, Her2Targeted,
        TrkInhibitor, RetInhibitor, Nrg1Targeted, PlatinumChemotherapy, Folfirinox, Nalirifox, GemcitabineNabPaclitaxel,
        NalIriFluorouracil, ColorectalChemotherapy, AntiVegf, TrifluridineTipiracil, Fruquintinib, Regorafenib, LiverSurgery,
    ];
}
