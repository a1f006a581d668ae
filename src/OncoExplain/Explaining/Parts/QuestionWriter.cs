using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>Questions for the care team, generated from the profile: its gaps first, then its options, then general ones.</summary>
internal static class QuestionWriter
{
    private const int MaxOptionQuestions = 3;

    public static ImmutableArray<string> Write(ExplainContext context, EligibilityResult eligibility)
    {
        var questions = ImmutableArray.CreateBuilder<string>();
        foreach (var step in eligibility.NextSteps)
        {
            questions.Add(context.Texts.Get("Question.Test", ("test", context.Texts[$"Test.{step.TestId}.Name"])));
        }

        foreach (var finding in eligibility.Findings.Where(f => f.Status == FindingStatus.Candidate).Take(MaxOptionQuestions))
        {
            questions.Add(context.Texts.Get("Question.Candidate", ("therapy", context.Texts[$"Therapy.{finding.TherapyId}.Short"])));
        }

        foreach (var finding in eligibility.Findings.Where(f => f.Status == FindingStatus.CandidateLater).Take(MaxOptionQuestions))
        {
            questions.Add(context.Texts.Get("Question.CandidateLater", ("therapy", context.Texts[$"Therapy.{finding.TherapyId}.Short"])));
        }

        var profile = context.Profile;
        if (profile.Cancer == CancerType.Pancreatic)
        {
            questions.Add(context.Texts["Question.Pancreatic.Fitness"]);
        }
        else
        {
            if (profile.HasLiverMetastases == true && profile.LiverMetastasesResectable is null)
            {
                questions.Add(context.Texts["Question.Colorectal.LiverSurgeon"]);
            }

            if (profile.Sidedness == Sidedness.Unknown && context.PathogenicIn("KRAS", "NRAS") is null)
            {
                questions.Add(context.Texts["Question.Colorectal.Side"]);
            }
        }

        questions.Add(context.Texts["Question.General.Goal"]);
        questions.Add(context.Texts["Question.General.Trial"]);
        questions.Add(context.Texts["Question.General.Palliative"]);
        questions.Add(context.Texts["Question.General.Next"]);
        return questions.ToImmutable();
    }
}
