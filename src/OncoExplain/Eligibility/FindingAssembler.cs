using System.Collections.Immutable;

namespace OncoExplain.Eligibility;

/// <summary>
/// Combines the rule outcomes of one therapy into its finding. A fired resistance rule decides alone
/// (<see cref="FindingStatus.NotACandidate"/>); otherwise the best rule wins, in the order candidate, needs-testing for an
/// option open now, candidate-later, needs-testing for an option that opens only later, investigational, not-a-candidate (a
/// test that could open an option now outranks "later"), and every rule with that rank decides.
/// </summary>
internal static class FindingAssembler
{
    private static int Rank(RuleOutcome outcome) => outcome.Status switch
    {
        FindingStatus.Candidate => 0,
        FindingStatus.NeedsTesting when !outcome.WaitsForTreatment => 1,
        FindingStatus.CandidateLater => 2,
        FindingStatus.NeedsTesting => 3,
        FindingStatus.Investigational => 4,
        _ => 5,
    };

    public static Finding Assemble(string therapyId, IReadOnlyList<RuleOutcome> outcomes, TumourProfile profile)
    {
        var fired = outcomes.Where(o => o.ResistanceFired).ToList();
        var others = outcomes.Where(o => o.Rule.Effect != RuleEffect.Resistance).ToList();
        List<RuleOutcome> deciding;
        FindingStatus status;
        if (fired.Count > 0 || others.Count == 0)
        {
            deciding = fired.Count > 0 ? fired : [.. outcomes];
            status = FindingStatus.NotACandidate;
        }
        else
        {
            var best = others.Min(Rank);
            deciding = [.. others.Where(o => Rank(o) == best)];
            status = deciding[0].Status;
        }

        var ruledOut = status == FindingStatus.NotACandidate;
        var lead = deciding[0].Rule;
        var level = fired.Count > 0 ? lead.Level : ruledOut ? null : lead.Level;
        var bucket = ruledOut ? CaregiverBucket.LikelyNotHelpful : lead.Bucket;

        var caveats = new List<string>();
        if (!ruledOut)
        {
            caveats.AddRange(deciding.SelectMany(o => o.Rule.CaveatCodes));
            caveats.AddRange(deciding.SelectMany(o => o.UnknownCaveats));
        }

        caveats.AddRange(deciding.SelectMany(o => o.ContextCaveats));
        if (profile.Treatments.IsEmpty && deciding.Any(o => o.ChecksTreatmentHistory))
        {
            caveats.Add(CaveatCodes.NoTreatmentHistoryRecorded);
        }

        return new Finding(
            therapyId,
            status,
            bucket,
            level,
            [.. deciding.Select(o => o.Rule.Id)],
            [.. deciding.SelectMany(o => o.Checks).DistinctBy(c => c.Code)],
            [.. deciding.SelectMany(o => o.Rule.SourceIds).Distinct(StringComparer.Ordinal)],
            [.. caveats.Distinct(StringComparer.Ordinal)],
            status == FindingStatus.NeedsTesting ? [.. deciding.SelectMany(o => o.MissingTests).Distinct(StringComparer.Ordinal)] : [],
            ruledOut ? [] : [.. deciding.SelectMany(o => o.Rule.DrugIds).Distinct(StringComparer.Ordinal)]);
    }
}
