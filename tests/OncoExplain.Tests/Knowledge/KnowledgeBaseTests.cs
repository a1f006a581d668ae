using OncoExplain.Tests.Support;
using OncoExplain.Eligibility.Conditions;

namespace OncoExplain.Tests.Knowledge;

public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Current;

    [Fact]
    public void Version_and_date_are_pinned()
    {
        Assert.Equal("2026.11", Kb.Version);
        Assert.Equal(new DateOnly(2026, 11, 23), Kb.AsOf);
        Assert.Equal(Kb.Version, EligibilityEngine.Default.Evaluate(new TumourProfile(CancerType.Pancreatic)).KnowledgeVersion);
    }

    [Fact]
    public void Every_All_list_matches_its_definitions_one_to_one()
    {
        AssertSameSet(TherapyIds.All, Kb.Therapies.Select(t => t.Id), "therapies");
        AssertSameSet(ConditionCodes.All, Kb.Conditions.Select(c => c.Code), "conditions");
        AssertSameSet(ConditionCodes.All, ConditionEvaluator.Codes, "condition checks");
        AssertSameSet(CaveatCodes.All, Kb.Caveats.Select(c => c.Code), "caveats");
        AssertSameSet(TestIds.All, Kb.Tests.Select(t => t.Code), "tests");
        AssertSameSet(ReasonCodes.All, Kb.Reasons.Select(r => r.Code), "reasons");
        Assert.Equal(TherapyIds.All, Kb.Therapies.Select(t => t.Id));
    }

    [Fact]
    public void Ids_are_unique_and_codes_are_kebab_case()
    {
        string[][] lists = [[.. TherapyIds.All], [.. ConditionCodes.All], [.. CaveatCodes.All], [.. TestIds.All], [.. ReasonCodes.All], [.. Kb.Rules.Select(r => r.Id)]];
        foreach (var list in lists)
        {
            Assert.Equal(list.Length, list.Distinct(StringComparer.Ordinal).Count());
            Assert.All(list, code => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", code));
        }

        Assert.Equal(Kb.Sources.Length, Kb.Sources.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Kb.Sources, s => Assert.Matches("^[A-Z][0-9]+[a-z]?$", s.Id));
    }

    [Fact]
    public void Every_rule_references_only_known_therapies_conditions_caveats_and_sources()
    {
        foreach (var rule in Kb.Rules)
        {
            var therapy = Kb.FindTherapy(rule.TherapyId);
            Assert.True(therapy is not null, rule.Id);
            Assert.True(rule.Cancers.All(therapy.Cancers.Contains), $"{rule.Id}: cancer outside its therapy");
            Assert.All(rule.Conditions, c => Assert.True(Kb.FindCondition(c) is not null, $"{rule.Id}: {c}"));
            Assert.All(rule.Context, c => Assert.True(Kb.FindCondition(c.ConditionCode) is not null && Kb.FindCaveat(c.CaveatCode) is not null, $"{rule.Id}: {c}"));
            Assert.All(rule.CaveatCodes, c => Assert.True(Kb.FindCaveat(c) is not null, $"{rule.Id}: {c}"));
            Assert.False(rule.SourceIds.IsEmpty, rule.Id);
            Assert.All(rule.SourceIds, s => Assert.True(Kb.FindSource(s) is not null, $"{rule.Id}: {s}"));
            Assert.All(rule.DrugIds, d => Assert.True(Regimen.TryParse(d, out _, out var error), $"{rule.Id}: {d}: {error}"));
            Assert.Equal(rule.Conditions.Length, rule.Conditions.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Unknown_gating_conditions_name_a_test_for_every_cancer_their_rules_cover()
    {
        foreach (var rule in Kb.Rules)
        {
            foreach (var code in rule.Conditions)
            {
                var condition = Kb.FindCondition(code)!;
                if (condition.WhenUnknown == UnknownEffect.NeedsTesting && condition.Kind != ConditionKind.Cancer)
                {
                    Assert.All(rule.Cancers, cancer => Assert.True(condition.TestFor(cancer) is { } test && TestIds.All.Contains(test), $"{rule.Id}: {code} in {cancer}"));
                }

                if (condition.WhenUnknown == UnknownEffect.Caveat)
                {
                    Assert.Contains(condition.UnknownCaveatCode, CaveatCodes.All);
                }
            }
        }
    }

    [Fact]
    public void Rule_effects_match_their_levels_and_buckets()
    {
        foreach (var rule in Kb.Rules)
        {
            switch (rule.Effect)
            {
                case RuleEffect.Resistance:
                    Assert.True(rule.Level is EvidenceLevel.R1 or EvidenceLevel.R2, rule.Id);
                    Assert.Equal(CaregiverBucket.LikelyNotHelpful, rule.Bucket);
                    Assert.True(rule.DrugIds.IsEmpty, rule.Id);
                    break;
                case RuleEffect.Investigational:
                    Assert.True(rule.Level is not (EvidenceLevel.Level1 or EvidenceLevel.Level2 or EvidenceLevel.R1 or EvidenceLevel.R2), rule.Id);
                    Assert.NotEqual(CaregiverBucket.StandardOption, rule.Bucket);
                    break;
                default:
                    Assert.True(rule.Level is not (EvidenceLevel.R1 or EvidenceLevel.R2), rule.Id);
                    Assert.False(rule.DrugIds.IsEmpty && rule.TherapyId != TherapyIds.LiverSurgery, $"{rule.Id} has no regimens");
                    break;
            }
        }
    }

    [Fact]
    public void Every_therapy_has_a_rule_for_each_of_its_cancers_and_every_source_is_cited()
    {
        foreach (var therapy in Kb.Therapies)
        {
            Assert.All(therapy.Cancers, cancer => Assert.NotEmpty(Kb.RulesFor(therapy.Id, cancer)));
        }

        var cited = Kb.Rules.SelectMany(r => r.SourceIds)
            .Concat(Kb.Conditions.SelectMany(c => c.SourceIds))
            .Concat(Kb.Caveats.Concat(Kb.Tests).Concat(Kb.Reasons).SelectMany(c => c.SourceIds))
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(cited, id => Assert.True(Kb.FindSource(id) is not null, id));

        // Background facts (prevalence, supportive care) are cited by the explanation texts rather than by rules.
        var explainer = OncoExplainer.Create();
        cited.UnionWith(Profiles.ExampleFiles().SelectMany(f => explainer.Explain(Profiles.Example(f)).Sources.Select(s => s.Id)));
        Assert.All(Kb.Sources, s => Assert.True(cited.Contains(s.Id), $"source {s.Id} is never cited"));
    }

    [Fact]
    public void Daraxonrasib_is_only_investigational_with_an_honest_status_tag()
    {
        var rules = Kb.Rules.Where(r => r.DrugIds.Any(d => d.Contains("daraxonrasib", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r =>
        {
            Assert.Equal(RuleEffect.Investigational, r.Effect);
            Assert.Contains(CaveatCodes.NoApprovalFound, r.CaveatCodes);
            Assert.All(r.SourceIds, s => Assert.Equal(SourceStatus.Secondary, Kb.FindSource(s)!.Status));
        });
        Assert.Null(Kb.FindSource("P14")!.ApprovalDate);
    }

    [Fact]
    public void Clinician_texts_are_non_directive_and_never_promise_a_cure()
    {
        var texts = Kb.Rules.SelectMany(r => new[] { r.Description, r.Basis })
            .Concat(Kb.Therapies.Select(t => t.Description))
            .Concat(Kb.Conditions.Select(c => c.Description))
            .Concat(Kb.Caveats.Concat(Kb.Tests).Concat(Kb.Reasons).Select(c => c.Description));
        string[] forbidden = ["should", "must take", "cure", "guarantee", "you "];
        Assert.All(texts, text => Assert.DoesNotContain(forbidden, f => text.Contains(f, StringComparison.OrdinalIgnoreCase)));
        Assert.All(Kb.Rules.Where(r => r.Effect == RuleEffect.Indication), r => Assert.Contains("may be", r.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Approval_dates_are_on_or_before_the_knowledge_date()
    {
        Assert.All(Kb.Sources.Where(s => s.ApprovalDate is not null), s => Assert.True(s.ApprovalDate <= Kb.AsOf, s.Id));
    }

    private static void AssertSameSet(IEnumerable<string> expected, IEnumerable<string> actual, string what)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"{what}: missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}]");
    }
}
