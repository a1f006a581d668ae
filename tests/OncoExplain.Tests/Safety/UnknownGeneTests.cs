using System.Text.Json;
using FsCheck.Xunit;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Safety;

/// <summary>
/// A variant in a gene the library does not read is kept and reported as not interpreted, end to end: as a warning when
/// read (API, <c>validate</c>, <c>batch</c>) and in the explanation of every culture and format; it is never dropped.
/// </summary>
public sealed class UnknownGeneTests
{
    private const string Json =
        "{\"id\":\"unknown-genes\",\"cancer\":\"colorectal\",\"biomarkers\":{\"variants\":["
        + "{\"gene\":\"FAKE1\",\"change\":\"p.R100W\"},{\"gene\":\"TP53\",\"change\":\"p.R175H\"},{\"gene\":\"KRAS\",\"change\":\"p.G12D\"}],"
        + "\"negativeGenes\":[\"ZZZ9\"]}}";

    [Fact]
    public void Reading_keeps_every_variant_and_warns_about_each_gene_not_interpreted()
    {
        var result = ProfileJson.Read(Json);

        Assert.True(result.IsValid);
        Assert.Equal(["FAKE1", "TP53", "KRAS"], result.Profile.Biomarkers.Variants.Select(v => v.Gene));
        Assert.Contains("ZZZ9", result.Profile.Biomarkers.NegativeGenes);
        Assert.Equal(
            ["$.biomarkers.variants[0]", "$.biomarkers.variants[1]"],
            result.Warnings.Where(w => w.Code == ProfileIssueCodes.GeneNotInterpreted).Select(w => w.Path));
    }

    [Fact]
    public void Validate_and_batch_report_the_warning()
    {
        var validate = CliRunner.RunWithInput(Json, "validate", "-");
        var batch = CliRunner.RunWithInput(Json + "\n", "batch", "-");

        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("warning: $.biomarkers.variants[0]: FAKE1 p.R100W: no rule or explanation reads FAKE1", validate.Error, StringComparison.Ordinal);
        Assert.Equal(0, batch.ExitCode);
        using var line = JsonDocument.Parse(batch.Out);
        Assert.Equal(2, line.RootElement.GetProperty("warnings").EnumerateArray().Count(w => w.GetProperty("code").GetString() == "gene-not-interpreted"));
    }

    public static TheoryData<string> Cultures() => [.. SupportedCultures.Names];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_explanation_names_the_variants_it_did_not_interpret(string culture)
    {
        var run = CliRunner.RunWithInput(Json, "explain", "-", "--format", "json", "--culture", culture);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var warnings = document.RootElement.GetProperty("warnings").EnumerateArray()
            .Where(w => w.GetProperty("code").GetString() == "gene-not-interpreted")
            .ToArray();
        Assert.Equal(["$.biomarkers.variants[0]", "$.biomarkers.variants[1]"], warnings.Select(w => w.GetProperty("path").GetString()));
        Assert.Contains("FAKE1", warnings[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("TP53", warnings[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        foreach (var format in new[] { "text", "markdown", "html" })
        {
            var rendered = CliRunner.RunWithInput(Json, "explain", "-", "--format", format, "--culture", culture).Out;
            Assert.Contains("FAKE1", rendered, StringComparison.Ordinal);
            Assert.Contains("TP53", rendered, StringComparison.Ordinal);
        }
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 200, QuietOnSuccess = true)]
    public bool A_variant_in_a_gene_not_interpreted_changes_no_finding_once_variants_were_reported(TumourProfile profile)
    {
        if (profile.Biomarkers.Variants.IsEmpty)
        {
            return true;
        }


        var extra = new Biomarkers(
            [.. profile.Biomarkers.Variants, GeneVariant.Of("FAKE1", "p.R100*", VariantOrigin.Somatic, ClinicalSignificance.Pathogenic), GeneVariant.Of("SMAD4", "p.D351H")],
            profile.Biomarkers.NegativeGenes.Append("ZZZ9"), profile.Biomarkers.Msi, profile.Biomarkers.Mmr, profile.Biomarkers.Tmb,
            profile.Biomarkers.Her2, profile.Biomarkers.Fusions);
        var withExtra = new TumourProfile(profile.Cancer, profile.Id, profile.Stage, profile.MetastaticSites, profile.PrimarySite, profile.Ecog,
            profile.Age, profile.LiverMetastasesResectable, extra, profile.Treatments);
        var before = EligibilityEngine.Default.Evaluate(profile);
        var after = EligibilityEngine.Default.Evaluate(withExtra);
        var was = before.Findings.Select(f => $"{f.TherapyId}={f.Status}").Concat(before.NextSteps.Select(s => "test:" + s.TestId)).ToList();
        var now = after.Findings.Select(f => $"{f.TherapyId}={f.Status}").Concat(after.NextSteps.Select(s => "test:" + s.TestId)).ToList();
        return was.SequenceEqual(now)
            ? true
            : throw new InvalidOperationException($"variants {string.Join(", ", profile.Biomarkers.Variants)}: {string.Join(", ", was.Except(now))} became {string.Join(", ", now.Except(was))}");
    }
}
