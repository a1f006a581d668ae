using System.Collections.Immutable;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Liver-surgery assessment for liver-limited colorectal metastases (fact sheet §2.11; rule R-C10).</summary>
internal static class LiverSurgeryRules
{
    public static ImmutableArray<Rule> All { get; } =
    [
        new()
        {
            Id = "liver-surgery-liver-limited",
            TherapyId = TherapyIds.LiverSurgery,
            Cancers = CancerSets.Colorectal,
            Effect = RuleEffect.Indication,
            Conditions = [LiverOnlyMetastases, LiverMetastasesResectable],
            Bucket = CaregiverBucket.StandardOption,
            SourceIds = ["C23", "C23b", "C23e"],
            Basis = "Resection cohorts and meta-analysis (median 5-year survival 38%)",
            Description = "Liver-limited metastases: assessment by a liver-surgery team may be an option; when not removable now, conversion chemotherapy may make them removable.",
        },
    ];
}
