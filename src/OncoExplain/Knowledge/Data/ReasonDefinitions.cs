using System.Collections.Immutable;
using static OncoExplain.ReasonCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Descriptions and sources of the reason codes of recommended tests.</summary>
internal static class ReasonDefinitions
{
    public static ImmutableArray<CodeDefinition> All { get; } =
    [
        new(RecommendedForEveryone, "Recommended for everyone with this cancer (germline testing in pancreatic cancer; MMR/MSI in colorectal cancer).", ["G1", "G2", "C3"]),
        new(RecommendedBeforeTreatmentChoice, "Recommended before the choice of systemic therapy (RAS, BRAF, HER2 in colorectal cancer; tumour profiling in metastatic pancreatic cancer).", ["C3", "G5"]),
        new(RecommendedWhenKrasWildType, "KRAS wild-type pancreatic tumours may carry BRAF changes, MSI or kinase fusions; comprehensive profiling with RNA fusion testing is recommended.", ["P10"]),
        new(RecommendedWhenRasBrafWildType, "NTRK and RET fusions are looked for in RAS/BRAF wild-type colorectal tumours.", ["C3"]),
        new(ConfirmsAnEquivocalResult, "Settles an equivocal result already in the profile (HER2 IHC 2+ needs ISH).", ["C12"]),
        new(DecidesAnOption, "Not a routine recommendation for this cancer here, but the result would decide whether an option applies.", []),
    ];
}
