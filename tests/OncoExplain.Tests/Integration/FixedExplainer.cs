namespace OncoExplain.Tests.Integration;

/// <summary>An integrator's own explainer, registered before <c>AddOncoExplain</c> to check that it wins.</summary>
internal sealed class FixedExplainer : IExplainer
{
    public Explanation Explain(TumourProfile profile, ExplanationOptions? options = null) =>
        throw new NotSupportedException("Only its identity is checked.");
}
