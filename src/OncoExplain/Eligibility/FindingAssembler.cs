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
        var deciding = new List<RuleOutcome>(outcomes.Count);
        var anyFired = false;
        var best = int.MaxValue;
        foreach (var outcome in outcomes)
        {
            if (outcome.ResistanceFired)
            {
                if (!anyFired)
                {
                    deciding.Clear();
                    anyFired = true;
                }

                deciding.Add(outcome);
            }
            else if (!anyFired && outcome.Rule.Effect != RuleEffect.Resistance)
            {
                var rank = Rank(outcome);
                if (rank < best)
                {
                    best = rank;
                    deciding.Clear();
                }

                if (rank == best)
                {
                    deciding.Add(outcome);
                }
            }
        }

        FindingStatus status;
        if (anyFired || deciding.Count == 0)
        {
            if (!anyFired)
            {
                deciding.AddRange(outcomes);
            }

            status = FindingStatus.NotACandidate;
        }
        else
        {
            status = deciding[0].Status;
        }

        var ruledOut = status == FindingStatus.NotACandidate;
        var lead = deciding[0].Rule;
        var level = anyFired ? lead.Level : ruledOut ? null : lead.Level;
        var bucket = ruledOut ? CaregiverBucket.LikelyNotHelpful : lead.Bucket;
        var caveats = Caveats(deciding, ruledOut, profile);

        return deciding.Count == 1
            ? new Finding(
                therapyId,
                status,
                bucket,
                level,
                [lead.Id],
                DistinctChecks(deciding[0].Checks),
                Distinct(lead.SourceIds),
                Distinct(caveats),
                status == FindingStatus.NeedsTesting ? Distinct(deciding[0].MissingTests) : [],
                ruledOut ? [] : Distinct(lead.DrugIds))
            : new Finding(
                therapyId,
                status,
                bucket,
                level,
                [.. deciding.Select(o => o.Rule.Id)],
                [.. deciding.SelectMany(o => o.Checks).DistinctBy(c => c.Code)],
                [.. deciding.SelectMany(o => o.Rule.SourceIds).Distinct(StringComparer.Ordinal)],
                Distinct(caveats),
                status == FindingStatus.NeedsTesting ? [.. deciding.SelectMany(o => o.MissingTests).Distinct(StringComparer.Ordinal)] : [],
                ruledOut ? [] : [.. deciding.SelectMany(o => o.Rule.DrugIds).Distinct(StringComparer.Ordinal)]);
    }

    // The caveats in order: the deciding rules' own and their unknown-condition caveats (unless ruled out), then context
    // caveats, then "no treatment history recorded" when a deciding rule looks at the history and none is recorded.
    private static ImmutableArray<string> Caveats(List<RuleOutcome> deciding, bool ruledOut, TumourProfile profile)
    {
        if (deciding.Count == 1)
        {
            var only = deciding[0];
            var noHistory = profile.Treatments.IsEmpty && only.ChecksTreatmentHistory;
            ImmutableArray<string> ownOnly = ruledOut ? [] : only.Rule.CaveatCodes;
            if ((ruledOut || only.UnknownCaveats.IsEmpty) && only.ContextCaveats.IsEmpty && !noHistory)
            {
                return ownOnly;
            }
        }

        var caveats = new List<string>();
        if (!ruledOut)
        {
            foreach (var outcome in deciding)
            {
                caveats.AddRange(outcome.Rule.CaveatCodes);
            }

            foreach (var outcome in deciding)
            {
                caveats.AddRange(outcome.UnknownCaveats);
            }
        }

        foreach (var outcome in deciding)
        {
            caveats.AddRange(outcome.ContextCaveats);
        }

        if (profile.Treatments.IsEmpty && deciding.Exists(o => o.ChecksTreatmentHistory))
        {
            caveats.Add(CaveatCodes.NoTreatmentHistoryRecorded);
        }

        return [.. caveats];
    }

    /// <summary>The items without repeats, first occurrence kept; the same array when there are none (the usual case).</summary>
    private static ImmutableArray<string> Distinct(ImmutableArray<string> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(items[i], items[j], StringComparison.Ordinal))
                {
                    return [.. items.Distinct(StringComparer.Ordinal)];
                }
            }
        }

        return items;
    }

    private static ImmutableArray<ConditionCheck> DistinctChecks(ImmutableArray<ConditionCheck> checks)
    {
        for (var i = 1; i < checks.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (checks[i].Code == checks[j].Code)
                {
                    return [.. checks.DistinctBy(c => c.Code)];
                }
            }
        }

        return checks;
    }
}
