using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The missing tests, each with why it may matter for this profile.</summary>
internal static class NextStepWriter
{
    public static ImmutableArray<NextStep> Write(ExplainContext context, EligibilityResult eligibility) =>
        [.. eligibility.NextSteps.Select(step => new NextStep(
            step.TestId,
            context.Texts.Get("NextStep.Line", ("test", context.Texts[$"Test.{step.TestId}.Name"]), ("why", context.Texts[$"Test.{step.TestId}.Why"]))))];
}
