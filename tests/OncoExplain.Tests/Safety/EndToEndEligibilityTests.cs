using System.Text.Json;
using OncoExplain.Tests.Fuzzing;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Safety;

/// <summary>
/// The eligibility safety properties checked end to end: each generated profile is written as JSON, explained by
/// <c>oncoexplain explain - --format json</c> (cultures in turn), and the printed findings are held against the profile.
/// </summary>
public sealed class EndToEndEligibilityTests(ITestOutputHelper output)
{
    private int calls;

    [Fact]
    public void The_cli_never_offers_an_option_the_safety_rules_exclude()
    {
        FuzzBudget.Check(ProfileGenerators.Profiles(), 300, Holds, output, "explain --format json over generated profiles");
    }

    private bool Holds(TumourProfile profile)
    {
        var culture = SupportedCultures.Names[calls++ % SupportedCultures.Names.Count];
        var run = CliRunner.RunWithInput(ProfileJson.Write(profile), "explain", "-", "--format", "json", "--culture", culture);
        if (run.ExitCode != 0)
        {
            return false;
        }

        using var document = JsonDocument.Parse(run.Out);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("therapy").GetString()!, f => f.Clone());
        string? Status(string therapy) => findings.TryGetValue(therapy, out var f) ? f.GetProperty("status").GetString() : null;
        var biomarkers = profile.Biomarkers;

        var rasOpen = biomarkers.Gene("KRAS") != TestResult.Negative || biomarkers.Gene("NRAS") != TestResult.Negative;
        var antiEgfrSafe = !rasOpen || Status(TherapyIds.AntiEgfr) != "candidate";

        var germlineBrca = biomarkers.Variants.Any(v => v.IsPathogenic && v.Origin == VariantOrigin.Germline && v.Gene is "BRCA1" or "BRCA2");
        var platinumControlled = profile.Treatments.Any(t =>
            t.Regimen.Contains(DrugClasses.Platinum) && t.Weeks >= 16 && t.Outcome is { } outcome && outcome != TreatmentOutcome.Progression);
        var parpSafe = Status(TherapyIds.ParpMaintenance) != "candidate" || (germlineBrca && platinumControlled);

        var mssLow = biomarkers.MsiHighOrMmrDeficient == TestResult.Negative && biomarkers.TmbHigh != TestResult.Positive;
        var checkpointSafe = !mssLow || Status(TherapyIds.CheckpointInhibitor) is not ("candidate" or "candidate-later");

        var brafSafe = profile.Cancer != CancerType.Colorectal || Status(TherapyIds.BrafTargeted) == "not-a-candidate" || !UsesDabrafenib(findings[TherapyIds.BrafTargeted]);

        return antiEgfrSafe && parpSafe && checkpointSafe && brafSafe
            && document.RootElement.GetProperty("culture").GetString() == culture
            && (profile.Cancer == CancerType.Colorectal || Status(TherapyIds.AntiEgfr) is null);
    }

    private static bool UsesDabrafenib(JsonElement finding) =>
        finding.GetProperty("rules").EnumerateArray().Any(r => r.GetString() == "braf-tumour-agnostic")
        || finding.GetProperty("drugs").EnumerateArray().Any(d => d.GetString()!.Contains("dabrafenib", StringComparison.Ordinal) || d.GetString()!.Contains("trametinib", StringComparison.Ordinal));
}
