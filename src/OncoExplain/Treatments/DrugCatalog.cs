using System.Collections.Frozen;
using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The drugs and regimens a profile's treatment history may name.</summary>
public static class DrugCatalog
{
    private static readonly Drug[] AllDrugs =
    [
        new("fluorouracil", "fluorouracil", DrugClasses.Fluoropyrimidine),
        new("capecitabine", "capecitabine", DrugClasses.Fluoropyrimidine),
        new("leucovorin", "leucovorin", DrugClasses.Folinate),
        new("oxaliplatin", "oxaliplatin", DrugClasses.Oxaliplatin | DrugClasses.Platinum),
        new("cisplatin", "cisplatin", DrugClasses.Platinum),
        new("carboplatin", "carboplatin", DrugClasses.Platinum),
        new("irinotecan", "irinotecan", DrugClasses.Irinotecan),
        new("liposomal-irinotecan", "liposomal irinotecan", DrugClasses.Irinotecan),
        new("gemcitabine", "gemcitabine", DrugClasses.Gemcitabine),
        new("nab-paclitaxel", "nab-paclitaxel", DrugClasses.Taxane),
        new("bevacizumab", "bevacizumab", DrugClasses.AntiVegf),
        new("aflibercept", "aflibercept", DrugClasses.AntiVegf),
        new("ramucirumab", "ramucirumab", DrugClasses.AntiVegf),
        new("cetuximab", "cetuximab", DrugClasses.AntiEgfr),
        new("panitumumab", "panitumumab", DrugClasses.AntiEgfr),
        new("pembrolizumab", "pembrolizumab", DrugClasses.CheckpointInhibitor),
        new("nivolumab", "nivolumab", DrugClasses.CheckpointInhibitor),
        new("ipilimumab", "ipilimumab", DrugClasses.CheckpointInhibitor),
        new("dostarlimab", "dostarlimab", DrugClasses.CheckpointInhibitor),
        new("olaparib", "olaparib", DrugClasses.ParpInhibitor),
        new("rucaparib", "rucaparib", DrugClasses.ParpInhibitor),
        new("sotorasib", "sotorasib", DrugClasses.KrasG12cInhibitor),
        new("adagrasib", "adagrasib", DrugClasses.KrasG12cInhibitor),
        new("encorafenib", "encorafenib", DrugClasses.BrafInhibitor),
        new("dabrafenib", "dabrafenib", DrugClasses.BrafInhibitor),
        new("trametinib", "trametinib", DrugClasses.MekInhibitor),
        new("trastuzumab", "trastuzumab", DrugClasses.Her2Directed),
        new("tucatinib", "tucatinib", DrugClasses.Her2Directed),
        new("trastuzumab-deruxtecan", "trastuzumab deruxtecan", DrugClasses.Her2Directed),
        new("larotrectinib", "larotrectinib", DrugClasses.TrkInhibitor),
        new("entrectinib", "entrectinib", DrugClasses.TrkInhibitor),
        new("repotrectinib", "repotrectinib", DrugClasses.TrkInhibitor),
        new("selpercatinib", "selpercatinib", DrugClasses.RetInhibitor),
        new("zenocutuzumab", "zenocutuzumab", DrugClasses.Nrg1Directed),
        new("trifluridine-tipiracil", "trifluridine–tipiracil", DrugClasses.TrifluridineTipiracil),
        new("regorafenib", "regorafenib", DrugClasses.MultikinaseInhibitor),
        new("fruquintinib", "fruquintinib", DrugClasses.MultikinaseInhibitor),
        new("daraxonrasib", "daraxonrasib", DrugClasses.RasOnInhibitor),
    ];

    private static readonly FrozenDictionary<string, Drug> DrugsById = AllDrugs.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> DrugAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["5-fu"] = "fluorouracil",
        ["5fu"] = "fluorouracil",
        ["lv"] = "leucovorin",
        ["folinic-acid"] = "leucovorin",
        ["nal-iri"] = "liposomal-irinotecan",
        ["nal-irinotecan"] = "liposomal-irinotecan",
        ["onivyde"] = "liposomal-irinotecan",
        ["nabpaclitaxel"] = "nab-paclitaxel",
        ["nab-p"] = "nab-paclitaxel",
        ["t-dxd"] = "trastuzumab-deruxtecan",
        ["tas-102"] = "trifluridine-tipiracil",
        ["gem"] = "gemcitabine",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> RegimenDrugs = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["folfirinox"] = ["oxaliplatin", "irinotecan", "leucovorin", "fluorouracil"],
        ["mfolfirinox"] = ["oxaliplatin", "irinotecan", "leucovorin", "fluorouracil"],
        ["nalirifox"] = ["liposomal-irinotecan", "oxaliplatin", "leucovorin", "fluorouracil"],
        ["folfoxiri"] = ["oxaliplatin", "irinotecan", "leucovorin", "fluorouracil"],
        ["folfox"] = ["oxaliplatin", "leucovorin", "fluorouracil"],
        ["mfolfox6"] = ["oxaliplatin", "leucovorin", "fluorouracil"],
        ["folfox4"] = ["oxaliplatin", "leucovorin", "fluorouracil"],
        ["capox"] = ["capecitabine", "oxaliplatin"],
        ["xelox"] = ["capecitabine", "oxaliplatin"],
        ["folfiri"] = ["irinotecan", "leucovorin", "fluorouracil"],
        ["5-fu/lv"] = ["fluorouracil", "leucovorin"],
        ["gemcitabine-nab-paclitaxel"] = ["gemcitabine", "nab-paclitaxel"],
        ["gem-nab"] = ["gemcitabine", "nab-paclitaxel"],
        ["gem-cis"] = ["gemcitabine", "cisplatin"],
        ["nal-iri-fluorouracil"] = ["liposomal-irinotecan", "fluorouracil", "leucovorin"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every drug the library knows.</summary>
    public static IReadOnlyList<Drug> Drugs => AllDrugs;

    /// <summary>The ids of the named regimens the library knows (<c>folfirinox</c>, <c>folfox</c>, …).</summary>
    public static IReadOnlyCollection<string> RegimenIds => RegimenDrugs.Keys;

    /// <summary>Finds a drug by id or common alias (<c>5-fu</c>, <c>nal-iri</c>), case-insensitively.</summary>
    /// <param name="idOrAlias">The id or alias.</param>
    /// <returns>The drug, or <see langword="null"/>.</returns>
    public static Drug? FindDrug(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        var key = idOrAlias.ToLowerInvariant();
        return DrugsById.TryGetValue(DrugAliases.GetValueOrDefault(key, key), out var drug) ? drug : null;
    }

    /// <summary>The drugs of a named regimen or of a single drug id, or an empty array when the name is unknown.</summary>
    /// <param name="name">A regimen id, drug id or alias.</param>
    /// <returns>The drugs.</returns>
    public static ImmutableArray<Drug> Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.ToLowerInvariant();
        if (RegimenDrugs.TryGetValue(key, out var ids))
        {
            return [.. ids.Select(id => DrugsById[id])];
        }

        return FindDrug(key) is { } drug ? [drug] : [];
    }
}
