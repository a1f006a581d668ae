namespace OncoExplain.BrowserTests.Support;

/// <summary>The HTML page of a profile, as a caller of the library gets it.</summary>
internal static class RenderedPages
{
    private static readonly IExplainer Explainer = OncoExplainer.Create();

    public static string Html(TumourProfile profile, Audience audience = Audience.Caregiver) =>
        ExplanationRenderer.Render(
            Explainer.Explain(profile, new ExplanationOptions { Culture = "en", Audience = audience }),
            ExplanationFormat.Html);
}
