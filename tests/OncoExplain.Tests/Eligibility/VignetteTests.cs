namespace OncoExplain.Tests.Eligibility;

/// <summary>Runs every clinical vignette: each expected finding, check, test, caveat and next step.</summary>
public sealed class VignetteTests
{
    private static readonly Dictionary<string, Vignette> ByName =
        ColorectalVignettes.All.Concat(PancreaticVignettes.All).ToDictionary(v => v.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names => [.. ByName.Keys];

    [Fact]
    public void There_are_at_least_sixty_vignettes_with_unique_names()
    {
        Assert.True(ByName.Count >= 60, $"only {ByName.Count} vignettes");
        Assert.Equal(ColorectalVignettes.All.Length + PancreaticVignettes.All.Length, ByName.Count);
    }

    /// <summary>
    /// Positive: the rule fully applies (candidate, or investigational for a trials rule). Negative: it decides anything else
    /// (ruled out, later, needs testing). Resistance rules only rule out; rules without conditions cannot be negative.
    /// </summary>
    [Fact]
    public void Every_rule_decides_at_least_one_vignette_positively_and_one_negatively()
    {
        var decided = new HashSet<(string Rule, bool Positive)>();
        foreach (var vignette in ByName.Values)
        {
            foreach (var finding in EligibilityEngine.Default.Evaluate(vignette.Profile()).Findings)
            {
                foreach (var id in finding.RuleIds)
                {
                    var rule = KnowledgeBase.Current.FindRule(id)!;
                    var positive = rule.Effect switch
                    {
                        RuleEffect.Indication => finding.Status == FindingStatus.Candidate,
                        RuleEffect.Investigational => finding.Status == FindingStatus.Investigational,
                        _ => false,
                    };
                    decided.Add((id, positive));
                }
            }
        }

        var missing = KnowledgeBase.Current.Rules
            .SelectMany(r => r.Effect == RuleEffect.Resistance ? new[] { (r.Id, false) }
                : r.Conditions.IsEmpty ? [(r.Id, true)]
                : [(r.Id, true), (r.Id, false)])
            .Where(k => !decided.Contains(k))
            .Select(k => $"{k.Item1} ({(k.Item2 ? "positive" : "negative")})")
            .ToList();
        Assert.True(missing.Count == 0, "Rules without a deciding vignette: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Vignette_findings_match_the_fact_sheet(string name)
    {
        var vignette = ByName[name];
        var result = EligibilityEngine.Default.Evaluate(vignette.Profile());

        foreach (var expect in vignette.Findings)
        {
            var finding = result.FindingFor(expect.Therapy);
            if (expect.Absent)
            {
                Assert.Null(finding);
                continue;
            }

            Assert.NotNull(finding);
            var trace = Describe(finding);
            Assert.True(expect.Status == finding.Status, $"{expect.Therapy}: expected {expect.Status}, got {trace}");
            if (expect.Check is { } code)
            {
                var check = finding.CheckOf(code);
                Assert.True(check is not null, $"{expect.Therapy}: no check {code} in {trace}");
                Assert.True(expect.Outcome == check.Outcome, $"{expect.Therapy}: {code} expected {expect.Outcome}, got {trace}");
                if (expect.Arguments is { } arguments)
                {
                    Assert.Equal(arguments, string.Join(' ', check.Arguments));
                }
            }

            AssertContains(expect.Missing, finding.MissingTests, expect.Therapy, "missing test", trace);
            AssertContains(expect.Caveat, finding.CaveatCodes, expect.Therapy, "caveat", trace);
            AssertContains(expect.Drug, finding.DrugIds, expect.Therapy, "drug", trace);
            AssertContains(expect.Rule, finding.RuleIds, expect.Therapy, "rule", trace);
            if (expect.Level is { } level)
            {
                Assert.Equal(level, finding.Level);
            }
        }

        foreach (var step in vignette.NextSteps ?? [])
        {
            var index = result.NextSteps.Select(s => s.TestId).ToList().IndexOf(step.Test);
            var steps = string.Join(", ", result.NextSteps.Select(s => $"{s.TestId}:{s.ReasonCode}"));
            if (step.Absent)
            {
                Assert.True(index < 0, $"{step.Test} should not be recommended: {steps}");
                continue;
            }

            Assert.True(index >= 0, $"{step.Test} not recommended: {steps}");
            Assert.Equal(step.Reason, result.NextSteps[index].ReasonCode);
            if (step.Position is { } position)
            {
                Assert.True(position == index, $"{step.Test} expected at {position}: {steps}");
            }
        }
    }

    private static void AssertContains(string? expected, IEnumerable<string> actual, string therapy, string what, string trace)
    {
        if (expected is not null)
        {
            Assert.True(actual.Contains(expected), $"{therapy}: expected {what} {expected} in {trace}");
        }
    }

    private static string Describe(Finding finding) =>
        $"{finding.Status} rules=[{string.Join(",", finding.RuleIds)}] checks=[{string.Join(", ", finding.Checks.Select(c => $"{c.Code}:{c.Outcome}({string.Join(" ", c.Arguments)})"))}] " +
        $"missing=[{string.Join(",", finding.MissingTests)}] caveats=[{string.Join(",", finding.CaveatCodes)}] drugs=[{string.Join(",", finding.DrugIds)}]";
}
