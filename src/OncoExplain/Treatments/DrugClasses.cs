namespace OncoExplain;

/// <summary>What a drug is, for the rules that look at treatment history. A drug may belong to several classes.</summary>
[Flags]
public enum DrugClasses
{
    /// <summary>No class.</summary>
    None = 0,

    /// <summary>Fluorouracil (5-FU) or capecitabine.</summary>
    Fluoropyrimidine = 1 << 0,

    /// <summary>Oxaliplatin (also a <see cref="Platinum"/>).</summary>
    Oxaliplatin = 1 << 1,

    /// <summary>Irinotecan, plain or liposomal.</summary>
    Irinotecan = 1 << 2,

    /// <summary>A platinum drug: oxaliplatin, cisplatin, carboplatin.</summary>
    Platinum = 1 << 3,

    /// <summary>Gemcitabine.</summary>
    Gemcitabine = 1 << 4,

    /// <summary>A taxane such as nab-paclitaxel.</summary>
    Taxane = 1 << 5,

    /// <summary>A drug against blood-vessel growth signals (bevacizumab, aflibercept, ramucirumab).</summary>
    AntiVegf = 1 << 6,

    /// <summary>An EGFR antibody (cetuximab, panitumumab).</summary>
    AntiEgfr = 1 << 7,

    /// <summary>An immune checkpoint inhibitor (pembrolizumab, nivolumab, ipilimumab, dostarlimab).</summary>
    CheckpointInhibitor = 1 << 8,

    /// <summary>A PARP inhibitor (olaparib, rucaparib).</summary>
    ParpInhibitor = 1 << 9,

    /// <summary>A KRAS G12C inhibitor (sotorasib, adagrasib).</summary>
    KrasG12cInhibitor = 1 << 10,

    /// <summary>A BRAF inhibitor (encorafenib, dabrafenib).</summary>
    BrafInhibitor = 1 << 11,

    /// <summary>A MEK inhibitor (trametinib).</summary>
    MekInhibitor = 1 << 12,

    /// <summary>A HER2-directed drug (trastuzumab, tucatinib, trastuzumab deruxtecan).</summary>
    Her2Directed = 1 << 13,

    /// <summary>A TRK inhibitor (larotrectinib, entrectinib, repotrectinib).</summary>
    TrkInhibitor = 1 << 14,

    /// <summary>A RET inhibitor (selpercatinib).</summary>
    RetInhibitor = 1 << 15,

    /// <summary>An NRG1-fusion-directed antibody (zenocutuzumab).</summary>
    Nrg1Directed = 1 << 16,

    /// <summary>Trifluridine–tipiracil.</summary>
    TrifluridineTipiracil = 1 << 17,

    /// <summary>A multi-kinase or VEGF-receptor tablet used in later lines (regorafenib, fruquintinib).</summary>
    MultikinaseInhibitor = 1 << 18,

    /// <summary>Leucovorin (folinic acid), which boosts fluorouracil and is not itself an anticancer drug.</summary>
    Folinate = 1 << 19,

    /// <summary>An investigational RAS(ON) inhibitor (daraxonrasib), given in trials and expanded access; no approval found.</summary>
    RasOnInhibitor = 1 << 20,
}
