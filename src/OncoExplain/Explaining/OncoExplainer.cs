namespace OncoExplain;

/// <summary>The host-free entry point: an explainer without a DI container, for scripts, tests and simple apps.</summary>
public static class OncoExplainer
{
    /// <summary>Creates an explainer. It is thread-safe; create it once and reuse it.</summary>
    /// <param name="options">Configuration, or <see langword="null"/> for the defaults.</param>
    /// <returns>The explainer. It copies <paramref name="options"/>; later changes to them do not affect it.</returns>
    /// <exception cref="ArgumentException"><paramref name="options"/> has an empty or malformed
    /// <see cref="OncoExplainOptions.DefaultCulture"/>, an undefined <see cref="OncoExplainOptions.DefaultAudience"/>, or a text
    /// override for an unknown key or with a placeholder the original text does not have.</exception>
    public static IExplainer Create(OncoExplainOptions? options = null) =>
        new Explainer(options ?? new OncoExplainOptions(), EligibilityEngine.Default);
}
