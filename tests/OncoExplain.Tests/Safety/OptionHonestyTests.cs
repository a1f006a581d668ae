using OncoExplain.Tests.Fuzzing;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Safety;

/// <summary>
/// No option is presented as available unless the findings mark it so, in every shipped language: the summary's counts
/// are the findings' counts, and "could X be an option now / later" is asked only about candidates.
/// </summary>
public sealed class OptionHonestyTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cultures() => [.. SupportedCultures.Names];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Summary_counts_and_option_questions_follow_the_findings(string culture)
    {
        var texts = new TextCatalog(culture, null, strict: true);
        var candidateQuestions = TherapyIds.All.Where(t => texts.Has($"Therapy.{t}.Short"))
            .ToDictionary(t => texts.Get("Question.Candidate", ("therapy", texts[$"Therapy.{t}.Short"])), t => t);
        var laterQuestions = TherapyIds.All.Where(t => texts.Has($"Therapy.{t}.Short"))
            .ToDictionary(t => texts.Get("Question.CandidateLater", ("therapy", texts[$"Therapy.{t}.Short"])), t => t);

        FuzzBudget.Check(ProfileGenerators.Profiles(), 100, profile =>
        {
            var explanation = RenderedOutputs.Explainer.Explain(profile, new ExplanationOptions { Culture = culture });
            var status = explanation.Findings.ToDictionary(f => f.TherapyId, f => f.Status);
            var now = status.Values.Count(s => s == FindingStatus.Candidate);
            var later = status.Values.Count(s => s == FindingStatus.CandidateLater);
            var asked = explanation.Questions.Where(candidateQuestions.ContainsKey).Select(q => candidateQuestions[q]).ToList();
            var askedLater = explanation.Questions.Where(laterQuestions.ContainsKey).Select(q => laterQuestions[q]).ToList();
            return explanation.Summary[1] == ExpectedOutlook(texts, now, later, explanation.NextSteps.Length)
                && asked.All(t => status[t] == FindingStatus.Candidate) && asked.Count == Math.Min(3, now)
                && askedLater.All(t => status[t] == FindingStatus.CandidateLater) && askedLater.Count == Math.Min(3, later);
        }, output, $"summary and questions ({culture})");
    }

    private static string ExpectedOutlook(TextCatalog texts, int now, int later, int tests)
    {
        string Count(string key, int count) =>
            count == 1 ? texts[key + ".One"] : texts.Get(key + ".Many", ("count", count.ToString(texts.FormatCulture)));
        var parts = new List<string>();
        if (now > 0)
        {
            parts.Add(Count("Summary.OptionsNow", now));
        }

        if (later > 0)
        {
            parts.Add(Count("Summary.OptionsLater", later));
        }

        parts.Add(tests > 0 ? Count("Summary.Tests", tests) : texts["Summary.NoTestsMissing"]);
        return string.Join(' ', parts);
    }
}
