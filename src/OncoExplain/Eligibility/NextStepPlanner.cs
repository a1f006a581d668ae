using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace OncoExplain.Eligibility;

/// <summary>
/// Finds the tests worth asking about: first those the fact sheet recommends for this cancer and profile (in a fixed order of
/// importance), then every other test a finding is waiting for, in <see cref="TestIds.All"/> order.
/// </summary>
internal static class NextStepPlanner
{
    public static ImmutableArray<RecommendedTest> Plan(NextStepFacts facts, ImmutableArray<Finding> findings)
    {
        var steps = new List<(string Test, string Reason)>();
        if (facts.Cancer == CancerType.Colorectal)
        {
            AddColorectal(facts, steps);
        }
        else
        {
            AddPancreatic(facts, steps);
        }

        if (facts.Her2 == Her2Status.Ihc2Plus)
        {
            Add(steps, TestIds.Her2Ish, ReasonCodes.ConfirmsAnEquivocalResult);
        }

        var anyMissing = false;
        foreach (var finding in findings)
        {
            anyMissing |= !finding.MissingTests.IsEmpty;
        }

        if (anyMissing)
        {
            foreach (var test in TestIds.All)
            {
                if (AwaitedBy(findings, test).Count > 0)
                {
                    Add(steps, test, ReasonCodes.DecidesAnOption);
                }
            }
        }

        var planned = new RecommendedTest[steps.Count];
        for (var i = 0; i < planned.Length; i++)
        {
            planned[i] = new RecommendedTest(steps[i].Test, steps[i].Reason, [.. AwaitedBy(findings, steps[i].Test)]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(planned);
    }

    // The therapies whose findings wait for the test, in finding order.
    private static List<string> AwaitedBy(ImmutableArray<Finding> findings, string test)
    {
        var therapies = new List<string>(0);
        foreach (var finding in findings)
        {
            if (finding.MissingTests.Contains(test))
            {
                therapies.Add(finding.TherapyId);
            }
        }

        return therapies;
    }

    private static void AddColorectal(NextStepFacts facts, List<(string Test, string Reason)> steps)
    {
        var (rasWildType, brafAbsent, rasMutant) = (facts.RasWildType, facts.BrafV600eAbsent, facts.RasMutant);
        if (rasWildType == ConditionOutcome.Unknown && rasMutant != ConditionOutcome.Met)
        {
            Add(steps, TestIds.ExtendedRas, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (brafAbsent == ConditionOutcome.Unknown)
        {
            Add(steps, TestIds.Braf, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (facts.MsiMmrUntested)
        {
            Add(steps, TestIds.MsiMmr, ReasonCodes.RecommendedForEveryone);
        }

        if (facts.Her2 is null && rasMutant != ConditionOutcome.Met)
        {
            Add(steps, TestIds.Her2, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (rasWildType == ConditionOutcome.Met && brafAbsent == ConditionOutcome.Met && facts.FusionDriverUntested)
        {
            Add(steps, TestIds.RnaFusion, ReasonCodes.RecommendedWhenRasBrafWildType);
        }
    }

    private static void AddPancreatic(NextStepFacts facts, List<(string Test, string Reason)> steps)
    {
        if (!facts.GermlineVariantFound)
        {
            Add(steps, TestIds.GermlinePanel, ReasonCodes.RecommendedForEveryone);
        }

        if (facts.Kras == TestResult.NotTested)
        {
            Add(steps, TestIds.TumourNgs, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (facts.MsiMmrUntested)
        {
            Add(steps, TestIds.MsiMmr, ReasonCodes.RecommendedBeforeTreatmentChoice);
        }

        if (facts.Kras == TestResult.Negative && facts.FusionDriverUntested)
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
