using OncoExplain.Eligibility.Conditions;

namespace OncoExplain.Eligibility;

/// <summary>
/// Everything <see cref="NextStepPlanner"/> reads from a profile besides the findings: with the findings, these decide the
/// next steps, so they key the engine's cache of them.
/// </summary>
/// <param name="Cancer">The cancer.</param>
/// <param name="RasWildType">The outcome of <see cref="ConditionCodes.RasWildType"/> (colorectal only).</param>
/// <param name="BrafV600eAbsent">The outcome of <see cref="ConditionCodes.BrafV600eAbsent"/> (colorectal only).</param>
/// <param name="RasMutant">The outcome of <see cref="ConditionCodes.RasMutant"/> (colorectal only).</param>
/// <param name="MsiMmrUntested">Whether neither MSI nor MMR was tested.</param>
/// <param name="Her2">The HER2 result.</param>
/// <param name="FusionDriverUntested">Whether a fusion driver the fact sheets name was not tested.</param>
/// <param name="GermlineVariantFound">Whether any germline variant is recorded.</param>
/// <param name="Kras">The KRAS result.</param>
internal readonly record struct NextStepFacts(
    CancerType Cancer,
    ConditionOutcome RasWildType,
    ConditionOutcome BrafV600eAbsent,
    ConditionOutcome RasMutant,
    bool MsiMmrUntested,
    Her2Status? Her2,
    bool FusionDriverUntested,
    bool GermlineVariantFound,
    TestResult Kras)
{
    private static readonly string[] FusionDrivers = ["NTRK1", "NTRK2", "NTRK3", "RET", "NRG1"];
    private static readonly int RasWildTypeIndex = ConditionEvaluator.IndexOf(ConditionCodes.RasWildType);
    private static readonly int BrafV600eAbsentIndex = ConditionEvaluator.IndexOf(ConditionCodes.BrafV600eAbsent);
    private static readonly int RasMutantIndex = ConditionEvaluator.IndexOf(ConditionCodes.RasMutant);

    public static NextStepFacts Of(TumourProfile profile, ConditionMemo memo)
    {
        var biomarkers = profile.Biomarkers;
        var colorectal = profile.Cancer == CancerType.Colorectal;
        return new NextStepFacts(
            profile.Cancer,
            colorectal ? memo.Evaluate(RasWildTypeIndex, ConditionCodes.RasWildType).Outcome : default,
            colorectal ? memo.Evaluate(BrafV600eAbsentIndex, ConditionCodes.BrafV600eAbsent).Outcome : default,
            colorectal ? memo.Evaluate(RasMutantIndex, ConditionCodes.RasMutant).Outcome : default,
            biomarkers.MsiHighOrMmrDeficient == TestResult.NotTested,
            biomarkers.Her2,
            AnyFusionDriverUntested(biomarkers),
            AnyGermlineVariant(biomarkers),
            biomarkers.Gene("KRAS"));
    }

    private static bool AnyFusionDriverUntested(Biomarkers biomarkers)
    {
        foreach (var driver in FusionDrivers)
        {
            if (biomarkers.Fusion(driver) == TestResult.NotTested)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyGermlineVariant(Biomarkers biomarkers)
    {
        foreach (var variant in biomarkers.Variants)
        {
            if (variant.Origin == VariantOrigin.Germline)
            {
                return true;
            }
        }

        return false;
    }
}
