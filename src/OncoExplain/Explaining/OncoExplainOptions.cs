namespace OncoExplain;

/// <summary>Configuration shared by every explanation an explainer writes (set once, at start-up).</summary>
/// <remarks>
/// <para>A plain options class: use it with <see cref="OncoExplainer.Create(OncoExplainOptions?)"/>, or configure it through
/// <c>services.AddOncoExplain(o =&gt; …)</c> or any other <c>Microsoft.Extensions.Options</c> source (for example
/// <c>services.Configure&lt;OncoExplainOptions&gt;(…)</c>).</para>
/// <para>An explainer copies the options when it is created; changing this object afterwards does not change an explainer
/// that already exists, so its output stays deterministic.</para>
/// </remarks>
public sealed class OncoExplainOptions
{
    /// <summary>The culture used when a call does not name one. Default: <c>en</c>.</summary>
    /// <value>A culture name such as <c>en</c>, <c>fr</c> or <c>pt-BR</c>.</value>
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

    /// <summary>
    /// What is wrong with these options, one message per problem; empty when they are usable: a malformed culture name, an
    /// undefined audience, an override for a key that does not exist or with a placeholder the original text lacks.
    /// </summary>
    internal List<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(DefaultCulture))
        {
            problems.Add($"{nameof(DefaultCulture)} must be a culture name such as 'en' or 'fr-CA'.");
        }
        else if (!IsCultureName(DefaultCulture))
        {
            problems.Add($"{nameof(DefaultCulture)} '{DefaultCulture}' is not a culture name (letters and digits separated by '-', such as 'en' or 'pt-BR').");
        }

        if (!Enum.IsDefined(DefaultAudience))
        {
            problems.Add($"{nameof(DefaultAudience)} {(int)DefaultAudience} is not an {nameof(Audience)} value.");
        }

        foreach (var (culture, key, text) in TextOverrides.Entries())
        {
            if (TextCatalog.ShippedText(CultureChain.Neutral, key) is not { } original)
            {
                problems.Add($"{nameof(TextOverrides)}: '{key}' ({culture}) is not a text key, so the override would never be used.");
                continue;
            }

            var unknown = TextTemplate.PlaceholdersOf(text).Except(TextTemplate.PlaceholdersOf(original), StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                problems.Add($"{nameof(TextOverrides)}: '{key}' ({culture}) uses {string.Join(", ", unknown.Select(u => "{" + u + "}"))}, which the original text does not have.");
            }
        }

        return problems;
    }

    /// <summary>An independent copy, so an explainer is unaffected by later changes to this object.</summary>
    internal OncoExplainOptions Snapshot()
    {
        var copy = new OncoExplainOptions
        {
            DefaultCulture = DefaultCulture,
            DefaultAudience = DefaultAudience,
            ThrowOnMissingText = ThrowOnMissingText,
        };
        TextOverrides.CopyTo(copy.TextOverrides);
        return copy;
    }

    private static bool IsCultureName(string name) =>
        name.Length <= 85
        && name.Split('-', '_').All(part => part.Length is > 0 and <= 8 && part.All(char.IsAsciiLetterOrDigit));
}
