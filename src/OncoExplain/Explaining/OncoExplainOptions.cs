namespace OncoExplain;

/// <summary>Configuration shared by every explanation an explainer writes (set once, at start-up).</summary>
public sealed class OncoExplainOptions
{
    /// <summary>The culture used when a call does not name one. Default: <c>en</c>.</summary>
    public string DefaultCulture { get; set; } = CultureChain.Neutral;

    /// <summary>The audience used when a call does not name one. Default: <see cref="Audience.Caregiver"/>.</summary>
    public Audience DefaultAudience { get; set; } = Audience.Caregiver;

    /// <summary>Single texts replaced for one culture (house style, literacy level).</summary>
    public TextOverrides TextOverrides { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, a text missing in the requested culture throws <see cref="MissingTextException"/> instead of
    /// falling back to English. Useful in tests and when adding a language. Default: <see langword="false"/>.
    /// </summary>
    public bool ThrowOnMissingText { get; set; }
}
