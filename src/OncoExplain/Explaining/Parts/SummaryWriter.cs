using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The short summary read first: what this is about, how many options, how many tests missing.</summary>
internal static class SummaryWriter
{
    public static ImmutableArray<string> Write(ExplainContext context, EligibilityResult eligibility)
    {
        var texts = context.Texts;
        var profile = context.Profile;
        var intro = texts[$"Summary.Intro.{profile.Cancer}"];
        if (profile.Stage is { } stage and not StageGroup.IV)
        {
            intro += " " + texts.Get("Summary.Intro.OtherStage", ("stage", stage.ToString()));
        }

        var now = eligibility.Findings.Count(f => f.Status == FindingStatus.Candidate);
        var later = eligibility.Findings.Count(f => f.Status == FindingStatus.CandidateLater);
        var tests = eligibility.NextSteps.Length;
        var outlook = new List<string>(3);
        if (now > 0)
        {
            outlook.Add(Count(context, "Summary.OptionsNow", now));
        }

        if (later > 0)
        {
            outlook.Add(Count(context, "Summary.OptionsLater", later));
        }

        outlook.Add(tests > 0 ? Count(context, "Summary.Tests", tests) : texts["Summary.NoTestsMissing"]);
        return [intro + " " + texts["Summary.Purpose"], string.Join(' ', outlook), texts["Summary.Team"]];
    }

    private static string Count(ExplainContext context, string key, int count) =>
        count == 1 ? context.Texts[key + ".One"] : context.Texts.Get(key + ".Many", ("count", context.Number(count)));
}
