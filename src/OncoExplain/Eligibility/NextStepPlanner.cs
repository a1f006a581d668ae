using System.Collections.Immutable;
using OncoExplain.Eligibility.Conditions;

namespace OncoExplain.Eligibility;

/// <summary>
/// Finds the tests worth asking about: first those the fact sheet recommends for this cancer and profile (in a fixed order of
/// importance), then every other test a finding is waiting for, in <see cref="TestIds.All"/> order.
/// </summary>
internal static class NextStepPlanner
{
    private static readonly string[] FusionDrivers = ["NTRK1", "NTRK2", "NTRK3", "RET", "NRG1"];

    public static ImmutableArray<RecommendedTest> Plan(TumourProfile profile, ImmutableArray<Finding> findings)
    {
        var steps = new List<(string Test, string Reason)>();
        if (profile.Cancer == CancerType.Colorectal)
        {
            AddColorectal(profile, steps);
        }
        else
        {
            AddPancreatic(profile, steps);
        }

        if (profile.Biomarkers.Her2 == Her2Status.Ihc2Plus)
        {
            Add(steps, TestIds.Her2Ish, ReasonCodes.ConfirmsAnEquivocalResult);
        }

        foreach (var test in TestIds.All)
        {
            if (findings.Any(f => f.MissingTests.Contains(test)))
            {
                Add(steps, test, ReasonCodes.DecidesAnOption);
            }
        }

        return [.. steps.Select(s => new RecommendedTest(
            s.Test,
            s.Reason,
            [.. findings.Where(f => f.MissingTests.Contains(s.Test)).Select(f => f.TherapyId)]))];
    }

    private static void AddColorectal(TumourProfile profile, List<(string Test, string Reason)> steps)
    {
        var biomarkers = profile.Biomarkers;
        var rasWildType = RasBrafChecks.RasWildType(profile).Outcome;
        var brafAbsent = RasBrafChecks.BrafV600eAbsent(profile).Outcome;
        if (rasWildType == ConditionOutcome.Unknown && RasBrafChecks.RasMutant(profile).Outcome != ConditionOutcome.Met)
        {
            Add(steps, TestIds.ExtendedRas, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (brafAbsent == ConditionOutcome.Unknown)
        {
            Add(steps, TestIds.Braf, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (biomarkers.MsiHighOrMmrDeficient == TestResult.NotTested)
        {
            Add(steps, TestIds.MsiMmr, ReasonCodes.RecommendedForEveryone);
        }

        if (biomarkers.Her2 is null && RasBrafChecks.RasMutant(profile).Outcome != ConditionOutcome.Met)
        {
            Add(steps, TestIds.Her2, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (rasWildType == ConditionOutcome.Met && brafAbsent == ConditionOutcome.Met && FusionDrivers.Any(d => biomarkers.Fusion(d) == TestResult.NotTested))
        {
            Add(steps, TestIds.RnaFusion, ReasonCodes.RecommendedWhenRasBrafWildType);
        }
    }

    private static void AddPancreatic(TumourProfile profile, List<(string Test, string Reason)> steps)
    {
        var biomarkers = profile.Biomarkers;
        if (!biomarkers.Variants.Any(v => v.Origin == VariantOrigin.Germline))
        {
            Add(steps, TestIds.GermlinePanel, ReasonCodes.RecommendedForEveryone);
        }

        if (biomarkers.Gene("KRAS") == TestResult.NotTested)
        {
            Add(steps, TestIds.TumourNgs, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (biomarkers.MsiHighOrMmrDeficient == TestResult.NotTested)
        {
            Add(steps, TestIds.MsiMmr, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (biomarkers.Gene("KRAS") == TestResult.Negative && FusionDrivers.Any(d => biomarkers.Fusion(d) == TestResult.NotTested))
        {
            Add(steps, TestIds.RnaFusion, ReasonCodes.RecommendedWhenKrasWildType);
        }
    }

    private static void Add(List<(string Test, string Reason)> steps, string test, string reason)
    {
        if (!steps.Any(s => s.Test == test))
        {
            steps.Add((test, reason));
        }
    }
}
