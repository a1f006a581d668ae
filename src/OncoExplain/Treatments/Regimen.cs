using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>
/// A treatment regimen as named in a profile: a known regimen or drug, or several joined with <c>+</c>
/// (<c>folfox+bevacizumab</c>), resolved to its drugs.
/// </summary>
public sealed record Regimen
{
    // Regimens already parsed, by their exact text: profiles repeat a few regimen names, and a regimen is immutable. Bounded,
    // so arbitrary input cannot grow it without limit; past the bound, text is parsed every time with the same result.
    private const int ParsedCapacity = 512;
    private static readonly ConcurrentDictionary<string, Regimen> Parsed = new(StringComparer.Ordinal);

    private Regimen(string id, ImmutableArray<Drug> drugs)
    {
        Id = id;
        Drugs = drugs;
        Classes = drugs.Aggregate(DrugClasses.None, (all, drug) => all | drug.Classes);
    }

    /// <summary>The regimen as written, lower case (<c>folfox+bevacizumab</c>).</summary>
    public string Id { get; }

    /// <summary>The drugs in the regimen, each once, in the order named.</summary>
    public ImmutableArray<Drug> Drugs { get; }

    /// <summary>The union of the drugs' classes.</summary>
    public DrugClasses Classes { get; }

    /// <summary>Whether the regimen contains a drug of any of the given classes.</summary>
    /// <param name="classes">One or more classes.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(DrugClasses classes) => (Classes & classes) != 0;

    /// <summary>Parses a regimen name.</summary>
    /// <param name="text">For example <c>folfirinox</c> or <c>folfox+bevacizumab</c>.</param>
    /// <returns>The regimen.</returns>
    /// <exception cref="FormatException">A part of the name is not a known regimen or drug.</exception>
    public static Regimen Parse(string text) =>
        TryParse(text, out var regimen, out var error) ? regimen : throw new FormatException(error);

    /// <summary>Parses a regimen name without throwing.</summary>
    /// <param name="text">The name.</param>
    /// <param name="regimen">The regimen when every part is known.</param>
    /// <param name="error">What is wrong, when a part is unknown.</param>
    /// <returns><see langword="true"/> when every part is known.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Regimen? regimen, [NotNullWhen(false)] out string? error)
    {
        regimen = null;
        if (text is not null && Parsed.TryGetValue(text, out var known))
        {
            regimen = known;
            error = null;
            return true;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A regimen is required, for example folfirinox or folfox+bevacizumab.";
            return false;
        }

        var drugs = ImmutableArray.CreateBuilder<Drug>();
        foreach (var part in text.Split('+'))
        {
            var name = part.Trim();
            var resolved = DrugCatalog.Resolve(name);
            if (resolved.IsEmpty)
            {
                error = name.Length == 0
                    ? $"'{text}' has an empty part between '+' signs."
                    : $"'{name}' is not a regimen or drug the library knows (for example folfirinox, folfox, gemcitabine-nab-paclitaxel, bevacizumab).";
                return false;
            }

            foreach (var drug in resolved)
            {
                if (!drugs.Contains(drug))
                {
                    drugs.Add(drug);
                }
            }
        }

        var id = string.Join('+', text.Split('+').Select(p => p.Trim().ToLowerInvariant()));
        regimen = new Regimen(id, drugs.ToImmutable());
        if (Parsed.Count < ParsedCapacity)
        {
            Parsed.TryAdd(text, regimen);
        }

        error = null;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Regimen? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);

    /// <summary>The regimen id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
