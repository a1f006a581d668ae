using FsCheck.Xunit;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Explaining;

/// <summary>
/// Caregiver text meets its language's reading target in every part and the stricter one in the summary
/// (English: Flesch-Kincaid grade ≤ 8 and ≤ 6.5; other languages: the equivalent in their own formula).
/// </summary>
public sealed class ReadabilityTargetTests
{
    private static readonly IExplainer Explainer = OncoExplainer.Create();

    public static TheoryData<string, string> CulturesAndExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in SupportedCultures.Names)
        {
            foreach (var example in Profiles.ExampleFiles())
            {
                data.Add(culture, example);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CulturesAndExamples))]
    public void Every_example_meets_the_reading_targets_in_every_language(string culture, string example)
    {
        var readability = Explainer.Explain(Profiles.Example(example), new ExplanationOptions { Culture = culture }).Readability;

        AssertMeets(readability);
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 100)]
    public void Every_generated_profile_meets_the_reading_targets_in_every_language(TumourProfile profile)
    {
        foreach (var culture in SupportedCultures.Names)
        {
            AssertMeets(Explainer.Explain(profile, new ExplanationOptions { Culture = culture }).Readability);
        }
    }

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
        Assert.True(readability.Summary.MeetsTarget, $"{readability.Whole.CultureName} summary: {readability.Summary.Report}");
        foreach (var part in readability.Parts)
        {
            Assert.True(part.MeetsTarget, $"{readability.Whole.CultureName} {part.PartId}: {part.Report}");
        }
    }
}
