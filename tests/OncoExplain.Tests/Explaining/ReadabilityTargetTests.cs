using FsCheck.Xunit;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Explaining;

/// <summary>Caregiver English meets Flesch-Kincaid grade ≤ 8 in every part and ≤ 6.5 in the summary.</summary>
public sealed class ReadabilityTargetTests
{
    private static readonly IExplainer Explainer = OncoExplainer.Create();

    public static TheoryData<string> Examples() => [.. Profiles.ExampleFiles()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_meets_the_reading_targets(string example)
    {
        var readability = Explainer.Explain(Profiles.Example(example)).Readability;

        AssertMeets(readability);
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 150)]
    public void Every_generated_profile_meets_the_reading_targets(TumourProfile profile) =>
        AssertMeets(Explainer.Explain(profile).Readability);

    [Fact]
    public void English_is_measured_with_flesch_kincaid()
    {
        var readability = Explainer.Explain(Profiles.Pancreatic()).Readability;

        Assert.Equal(ReadabilityFormula.FleschKincaidGrade, readability.Target.Formula);
        Assert.Equal(8, readability.Target.SectionThreshold);
        Assert.Equal(6.5, readability.Target.SummaryThreshold);
        Assert.Contains(readability.Parts, p => p.PartId == "kras-switch");
    }

    private static void AssertMeets(ExplanationReadability readability)
    {
        Assert.True(readability.Summary.MeetsTarget, $"summary: {readability.Summary.Report}");
        foreach (var part in readability.Parts)
        {
            Assert.True(part.MeetsTarget, $"{part.PartId}: {part.Report}");
        }
    }
}
