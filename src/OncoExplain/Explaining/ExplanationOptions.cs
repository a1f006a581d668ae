namespace OncoExplain;

/// <summary>Per-call choices for one explanation.</summary>
public sealed record ExplanationOptions
{
    /// <summary>The culture name to write in (<c>en</c>, <c>fr-CA</c>…); <see langword="null"/> uses <see cref="OncoExplainOptions.DefaultCulture"/>.</summary>
    public string? Culture { get; init; }

    /// <summary>Who to write for; <see langword="null"/> uses <see cref="OncoExplainOptions.DefaultAudience"/>.</summary>
    public Audience? Audience { get; init; }
}
