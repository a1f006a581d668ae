namespace OncoExplain.Cli;

/// <summary>The one explainer the CLI uses (explainers are thread-safe and meant to be reused).</summary>
internal static class Explainers
{
    public static IExplainer Shared { get; } = OncoExplainer.Create();
}
