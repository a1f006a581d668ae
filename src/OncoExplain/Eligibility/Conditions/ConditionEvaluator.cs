using System.Collections.Frozen;
using static OncoExplain.ConditionCodes;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>Maps each condition code to the pure function that checks it.</summary>
internal static class ConditionEvaluator
{
    private static readonly FrozenDictionary<string, Func<TumourProfile, Evaluation>> Checks =
        new Dictionary<string, Func<TumourProfile, Evaluation>>(StringComparer.Ordinal)
        {
            [RasWildType] = RasBrafChecks.RasWildType,
            [RasMutant] = RasBrafChecks.RasMutant,
            [BrafV600ePresent] = RasBrafChecks.BrafV600ePresent,
            [BrafV600eAbsent] = RasBrafChecks.BrafV600eAbsent,
            [KrasG12cPresent] = RasBrafChecks.KrasG12cPresent,
            [GermlineBrca] = DnaRepairChecks.GermlineBrca,
            [GermlineBrcaOrPalb2] = DnaRepairChecks.GermlineBrcaOrPalb2,
            [SomaticOnlyBrcaOrPalb2] = DnaRepairChecks.SomaticOnlyBrcaOrPalb2,
            [MsiHighOrDmmr] = ImmuneChecks.MsiHighOrDmmr,
            [MmrDeficient] = ImmuneChecks.MmrDeficient,
            [ConditionCodes.MsiMmrDiscordant] = ImmuneChecks.MsiMmrDiscordant,
            [TmbHigh] = ImmuneChecks.TmbHigh,
            [PoleVariant] = ImmuneChecks.PoleVariant,
            [Her2Positive] = Her2FusionChecks.Her2Positive,
            [Her2Ihc3Plus] = Her2FusionChecks.Her2Ihc3Plus,
            [NtrkFusion] = Her2FusionChecks.NtrkFusion,
            [RetFusion] = Her2FusionChecks.RetFusion,
            [Nrg1Fusion] = Her2FusionChecks.Nrg1Fusion,
            [NotColorectalCancer] = ClinicalChecks.NotColorectalCancer,
            [PancreaticCancer] = ClinicalChecks.PancreaticCancer,
            [NoPriorMetastaticTherapy] = TreatmentHistoryChecks.NoPriorMetastaticTherapy,
            [PriorSystemicTherapy] = TreatmentHistoryChecks.PriorSystemicTherapy,
            [PriorFluoropyrimidineOxaliplatinIrinotecan] = TreatmentHistoryChecks.PriorFluoropyrimidineOxaliplatinIrinotecan,
            [PriorGemcitabineBasedTherapy] = TreatmentHistoryChecks.PriorGemcitabineBasedTherapy,
            [PriorAntiVegf] = TreatmentHistoryChecks.PriorAntiVegf,
            [PriorAntiEgfrIfRasWildType] = TreatmentHistoryChecks.PriorAntiEgfrIfRasWildType,
            [PriorAntiEgfr] = TreatmentHistoryChecks.PriorAntiEgfr,
            [NoProgressionOnPriorAntiEgfr] = TreatmentHistoryChecks.NoProgressionOnPriorAntiEgfr,
            [ProgressionOnPriorAntiEgfr] = TreatmentHistoryChecks.ProgressionOnPriorAntiEgfr,
            [PriorTrkInhibitor] = TreatmentHistoryChecks.PriorTrkInhibitor,
            [FirstLinePlatinum] = TreatmentHistoryChecks.FirstLinePlatinum,
            [NoProgressionOnFirstLinePlatinum] = TreatmentHistoryChecks.NoProgressionOnFirstLinePlatinum,
            [Platinum16WeeksWithoutProgression] = TreatmentHistoryChecks.Platinum16WeeksWithoutProgression,
            [Ecog01] = ClinicalChecks.Ecog01,
            [Ecog02] = ClinicalChecks.Ecog02,
            [Age75OrYounger] = ClinicalChecks.Age75OrYounger,
            [LeftSidedPrimary] = ClinicalChecks.LeftSidedPrimary,
            [LiverOnlyMetastases] = ClinicalChecks.LiverOnlyMetastases,
            [LiverMetastasesResectable] = ClinicalChecks.LiverMetastasesResectable,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Indexes =
        Checks.Keys.Select((code, index) => (code, index)).ToFrozenDictionary(e => e.code, e => e.index, StringComparer.Ordinal);

    // The checks by index, so the engine, which resolves every code once, calls a check without hashing its code.
    private static readonly Func<TumourProfile, Evaluation>[] ChecksByIndex = [.. Checks.Keys.Select(code => Checks[code])];

    /// <summary>The codes that have a check.</summary>
    public static IEnumerable<string> Codes => Checks.Keys;

    /// <summary>How many codes have a check; <see cref="IndexOf"/> numbers them from 0.</summary>
    public static int Count => Checks.Count;

    /// <summary>A dense number for a code, for per-call tables such as <see cref="ConditionMemo"/>; -1 when the code has no check.</summary>
    public static int IndexOf(string code) => Indexes.TryGetValue(code, out var index) ? index : -1;

    /// <summary>Checks one condition.</summary>
    /// <exception cref="KeyNotFoundException">The code has no check (a knowledge-base bug that tests catch).</exception>
    public static Evaluation Evaluate(string code, TumourProfile profile) => Checks[code](profile);

    /// <summary>Checks the condition numbered <paramref name="index"/> by <see cref="IndexOf"/>.</summary>
    public static Evaluation Evaluate(int index, TumourProfile profile) => ChecksByIndex[index](profile);
}
