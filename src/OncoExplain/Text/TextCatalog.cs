using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace OncoExplain;

/// <summary>
/// Looks up explanation texts for an explicit culture: integrator overrides first, then the shipped resources, walking
/// the culture chain by name (<c>fr-CA</c> → <c>fr</c> → English). Never reads the ambient culture.
/// </summary>
internal sealed class TextCatalog
{
    private static readonly ResourceManager Resources = new("OncoExplain.Resources.ExplanationTexts", typeof(TextCatalog).Assembly);
    private static readonly ConcurrentDictionary<string, ResourceSet?> Sets = new(StringComparer.OrdinalIgnoreCase);

    private readonly TextOverrides? _overrides;
    private readonly string[] _chain;

    // Per chain entry, resolved once: the name as overrides store it, the shipped set (null when none ships) and whether it
    // is the culture used (lookups past it fall back).
    private readonly string[] _overrideNames;
    private readonly ResourceSet?[] _sets;
    private readonly bool[] _isCultureUsed;

    private readonly bool _strict;

    // With a snapshot: every key the chain can resolve, with its text, and the keys whose lookup throws in strict mode.
    private readonly FrozenDictionary<string, string>? _resolved;
    private readonly FrozenSet<string>? _failing;

    public TextCatalog(string? cultureName, TextOverrides? overrides, bool strict = false)
    {
        _overrides = overrides;
        _strict = strict;
        CultureUsed = SupportedCultures.Resolve(cultureName);
        _chain = [.. CultureChain.For(cultureName)];
        _overrideNames = [.. _chain.Select(TextOverrides.CultureKey)];
        _sets = [.. _chain.Select(SetFor)];
        _isCultureUsed = [.. _chain.Select(name => string.Equals(name, CultureUsed, StringComparison.OrdinalIgnoreCase))];
        FormatCulture = CreateCulture(CultureUsed) ?? CultureInfo.InvariantCulture;
    }

    /// <summary>
    /// A catalog that resolves every text of its chain once, up front, so that each lookup is one lock-free dictionary read
    /// with the same result (the same text, the same exception) as walking the chain.
    /// </summary>
    /// <remarks>Only for overrides that no longer change, such as an explainer's private copy.</remarks>
    public static TextCatalog Snapshot(string? cultureName, TextOverrides? overrides, bool strict) => new(cultureName, overrides, strict, snapshot: true);

    private TextCatalog(string? cultureName, TextOverrides? overrides, bool strict, bool snapshot)
        : this(cultureName, overrides, strict)
    {
        if (!snapshot)
        {
            return;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in _sets)
        {
            if (set is null)
            {
                continue;
            }

            foreach (System.Collections.DictionaryEntry entry in set)
            {
                keys.Add((string)entry.Key);
            }
        }

        foreach (var (culture, key, _) in overrides?.Entries() ?? [])
        {
            if (_overrideNames.Contains(culture, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }

        var resolved = new Dictionary<string, string>(keys.Count, StringComparer.Ordinal);
        var failing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            try
            {
                if (TryRaw(key, out var text))
                {
                    resolved.Add(key, text);
                }
            }
            catch (MissingTextException)
            {
                failing.Add(key);
            }
        }

        _resolved = resolved.ToFrozenDictionary(StringComparer.Ordinal);
        _failing = failing.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The shipped culture the texts come from.</summary>
    public string CultureUsed { get; }

    /// <summary>Number and date formats of <see cref="CultureUsed"/> (invariant when the host cannot create the culture).</summary>
    public CultureInfo FormatCulture { get; }

    /// <summary>Every text a snapshot resolved (empty for a catalog that resolves on demand), raw, with its placeholders.</summary>
    public IEnumerable<string> ResolvedTexts => _resolved?.Values ?? [];

    public string this[string key] => Get(key);

    public string Get(string key, params ReadOnlySpan<(string Name, string Value)> arguments) =>
        TextTemplate.Fill(key, Raw(key), arguments);

    public bool Has(string key) => TryRaw(key, out _);

    public string Raw(string key) =>
        TryRaw(key, out var text)
            ? text
            : throw new MissingTextException($"No text for key '{key}' in culture '{CultureUsed}' or English.");

    private bool TryRaw(string key, out string text)
    {
        if (_resolved is not null)
        {
            if (_resolved.TryGetValue(key, out text!))
            {
                return true;
            }

            if (!_failing!.Contains(key))
            {
                text = string.Empty;
                return false;
            }

            // A strict-mode failure: walk the chain to throw exactly as an unresolved catalog does.
        }

        var pastCultureUsed = false;
        for (var i = 0; i < _chain.Length; i++)
        {
            if (_overrides is not null && _overrides.TryGetByCultureKey(_overrideNames[i], key, out text))
            {
                return true;
            }

            if (_sets[i]?.GetString(key) is { } value)
            {
                if (pastCultureUsed && _strict)
                {
                    throw new MissingTextException($"Text '{key}' is missing in culture '{CultureUsed}' (strict mode: no fallback to '{_chain[i]}').");
                }

                text = value;
                return true;
            }

            pastCultureUsed |= _isCultureUsed[i];
        }

        text = string.Empty;
        return false;
    }

    internal static IEnumerable<string> NeutralKeys() =>
        SetFor(CultureChain.Neutral)!.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal);

    internal static string? ShippedText(string cultureName, string key) => SetFor(cultureName)?.GetString(key);

    private static ResourceSet? SetFor(string cultureName) =>
        Sets.GetOrAdd(cultureName, static name =>
        {
            var culture = string.Equals(name, CultureChain.Neutral, StringComparison.OrdinalIgnoreCase)
                ? CultureInfo.InvariantCulture
                : CreateCulture(name);
            return culture is null ? null : Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        });

    private static CultureInfo? CreateCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
