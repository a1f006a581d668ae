using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Colorectal chemotherapy backbones, anti-VEGF and later lines (fact sheet §2.9, §2.10; rule R-C9).</summary>
internal static class ColorectalSystemicRules
{
    private static readonly ImmutableArray<string> Refractory = [PriorFluoropyrimidineOxaliplatinIrinotecan, PriorAntiVegf, PriorAntiEgfrIfRasWildType];

    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "colorectal-chemotherapy-backbones",
            TherapyId = TherapyIds.ColorectalChemotherapy,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [],
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C21", "C22", "C13"],
            DrugIds = ["folfox", "capox", "folfiri", "folfoxiri"],
            Basis = "Standard backbones (trial arms of TRIBE, Hurwitz 2004, KEYNOTE-177)",
            Description = "Fluoropyrimidine-based chemotherapy (FOLFOX, CAPOX, FOLFIRI, FOLFOXIRI), each possibly with a biologic, may be an option.",
        },
        new()
        {
            Id = "anti-vegf-with-chemotherapy",
            TherapyId = TherapyIds.AntiVegf,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [],
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C22", "C21", "C5b"],
            DrugIds = ["folfox+bevacizumab", "folfiri+bevacizumab", "folfoxiri+bevacizumab"],
            Basis = "Hurwitz 2004; TRIBE",
            Description = "Bevacizumab with fluoropyrimidine-based chemotherapy may be an option, whatever the RAS status and side.",
        },
        new()
        {
            Id = "trifluridine-tipiracil-refractory",
            TherapyId = TherapyIds.TrifluridineTipiracil,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = Refractory,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C18"],
            DrugIds = ["trifluridine-tipiracil+bevacizumab", "trifluridine-tipiracil"],
            Basis = "FDA 2023-08-02 (SUNLIGHT, with bevacizumab)",
            Description = "Refractory disease: trifluridine–tipiracil, with bevacizumab, may be an option.",
        },
        new()
        {
            Id = "fruquintinib-refractory",
            TherapyId = TherapyIds.Fruquintinib,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = Refractory,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C19"],
            DrugIds = ["fruquintinib"],
            Basis = "FDA 2023-11-08 (FRESCO-2)",
            Description = "Refractory disease after fluoropyrimidine, oxaliplatin, irinotecan, anti-VEGF and, if RAS wild-type, anti-EGFR: fruquintinib may be an option.",
        },
        new()
        {
            Id = "regorafenib-refractory",
            TherapyId = TherapyIds.Regorafenib,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = Refractory,
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C20"],
            DrugIds = ["regorafenib"],
            Basis = "CORRECT (FDA 2012)",
            Description = "Refractory disease: regorafenib may be an option.",
        },
    ];
}
