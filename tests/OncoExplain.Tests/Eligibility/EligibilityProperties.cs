using FsCheck.Xunit;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Eligibility;

/// <summary>Safety properties of the engine over generated valid profiles.</summary>
public sealed class EligibilityProperties
{
    private static readonly EligibilityEngine Engine = EligibilityEngine.Default;

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Anti_egfr_is_never_a_candidate_when_ras_is_mutant_or_not_fully_tested(TumourProfile profile)
    {
        var finding = Engine.Evaluate(profile).FindingFor(TherapyIds.AntiEgfr);
        if (finding is null)
        {
            return profile.Cancer == CancerType.Pancreatic;
        }

        var biomarkers = profile.Biomarkers;
        var rasOpen = biomarkers.Gene("KRAS") != TestResult.Negative || biomarkers.Gene("NRAS") != TestResult.Negative;
        return !rasOpen || finding.Status != FindingStatus.Candidate;
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Parp_maintenance_is_never_a_candidate_without_germline_brca_and_16_weeks_of_platinum_without_progression(TumourProfile profile)
    {
        var finding = Engine.Evaluate(profile).FindingFor(TherapyIds.ParpMaintenance);
        if (finding is null || finding.Status != FindingStatus.Candidate)
        {
            return true;
        }

        var germlineBrca = profile.Biomarkers.Variants.Any(v => v.IsPathogenic && v.Origin == VariantOrigin.Germline && v.Gene is "BRCA1" or "BRCA2");
        var platinum = profile.Treatments.Any(t =>
            t.Regimen.Contains(DrugClasses.Platinum) && t.Weeks >= 16 && t.Outcome is { } outcome && outcome != TreatmentOutcome.Progression);
        return germlineBrca && platinum;
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Checkpoint_inhibitor_is_never_a_candidate_for_mss_pmmr_with_tmb_below_10_or_unknown(TumourProfile profile)
    {
        var finding = Engine.Evaluate(profile).FindingFor(TherapyIds.CheckpointInhibitor)!;
        var biomarkers = profile.Biomarkers;
        var mssLowOrUnknownTmb = biomarkers.MsiHighOrMmrDeficient == TestResult.Negative && biomarkers.TmbHigh != TestResult.Positive;
        return !mssLowOrUnknownTmb || finding.Status is not (FindingStatus.Candidate or FindingStatus.CandidateLater);
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Dabrafenib_trametinib_is_never_offered_in_colorectal_cancer(TumourProfile profile)
    {
        var finding = Engine.Evaluate(profile).FindingFor(TherapyIds.BrafTargeted)!;
        if (profile.Cancer != CancerType.Colorectal || finding.Status == FindingStatus.NotACandidate)
        {
            return true;
        }

        return !finding.RuleIds.Contains("braf-tumour-agnostic") && !finding.DrugIds.Any(d => d.Contains("dabrafenib", StringComparison.Ordinal));
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Every_finding_cites_at_least_one_source_of_the_knowledge_base(TumourProfile profile) =>
        Engine.Evaluate(profile).Findings.All(f => !f.SourceIds.IsEmpty && f.SourceIds.All(id => KnowledgeBase.Current.FindSource(id) is not null));

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Every_code_used_is_in_its_All_list(TumourProfile profile)
    {
        var result = Engine.Evaluate(profile);
        return result.Findings.All(f =>
                TherapyIds.All.Contains(f.TherapyId)
                && f.RuleIds.All(r => KnowledgeBase.Current.FindRule(r) is not null)
                && f.Checks.All(c => ConditionCodes.All.Contains(c.Code))
                && f.CaveatCodes.All(CaveatCodes.All.Contains)
                && f.MissingTests.All(TestIds.All.Contains))
            && result.NextSteps.All(s => TestIds.All.Contains(s.TestId) && ReasonCodes.All.Contains(s.ReasonCode) && s.TherapyIds.All(TherapyIds.All.Contains));
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Needs_testing_exactly_when_a_test_is_named_and_drugs_only_when_not_ruled_out(TumourProfile profile) =>
        Engine.Evaluate(profile).Findings.All(f =>
            (f.Status == FindingStatus.NeedsTesting) == !f.MissingTests.IsEmpty
            && (f.Status != FindingStatus.NotACandidate || (f.DrugIds.IsEmpty && f.Bucket == CaregiverBucket.LikelyNotHelpful))
            && f.DrugIds.All(d => Regimen.TryParse(d, out _, out _)));

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Findings_cover_every_relevant_therapy_in_catalogue_order(TumourProfile profile)
    {
        var expected = KnowledgeBase.Current.TherapiesFor(profile.Cancer).Select(t => t.Id);
        return Engine.Evaluate(profile).Findings.Select(f => f.TherapyId).SequenceEqual(expected);
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Evaluation_is_deterministic_and_thread_safe(TumourProfile profile)
    {
        var first = Engine.Evaluate(profile);
        var results = new EligibilityResult[4];
        Parallel.For(0, results.Length, i => results[i] = new EligibilityEngine(KnowledgeBase.Current).Evaluate(profile));
        return results.All(r => r.Equals(first) && r.GetHashCode() == first.GetHashCode()) && first.KnowledgeVersion == "2026.11";
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool Adding_a_negative_result_never_turns_not_a_candidate_into_a_candidate(TumourProfile profile, byte pick)
    {
        if (NegativeResults.Add(profile, pick) is not { } more)
        {
            return true;
        }

        var before = Engine.Evaluate(profile);
        var after = Engine.Evaluate(more);
        return before.Findings.All(f =>
            f.Status != FindingStatus.NotACandidate || after.FindingFor(f.TherapyId)!.Status != FindingStatus.Candidate);
    }
}
