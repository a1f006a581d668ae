namespace OncoExplain;

/// <summary>Turns a validated tumour profile into a personalized, localized explanation. Implementations are pure and thread-safe.</summary>
public interface IExplainer
{
    /// <summary>Explains a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="options">Culture and audience; <see langword="null"/> uses the configured defaults.</param>
    /// <returns>The explanation document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    /// <exception cref="MissingTextException">A text is missing and strict mode is on (a bug: tests guard against it).</exception>
    Explanation Explain(TumourProfile profile, ExplanationOptions? options = null);
}
