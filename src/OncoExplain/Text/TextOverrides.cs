using System.Collections.Concurrent;

namespace OncoExplain;

/// <summary>
/// Replacements for single texts in one culture (house style, literacy level), without forking the resources.
/// An override for <c>fr</c> also covers <c>fr-CA</c>, because lookups walk the culture chain.
/// </summary>
/// <remarks>Add overrides while configuring; lookups are thread-safe.</remarks>
public sealed class TextOverrides
{
    private readonly ConcurrentDictionary<(string Culture, string Key), string> _texts = new();

    /// <summary>Replaces the text of <paramref name="key"/> for <paramref name="cultureName"/> and more specific cultures.</summary>
    /// <param name="cultureName">A culture name such as <c>en</c> or <c>fr</c>.</param>
    /// <param name="key">The text key, for example <c>Disclaimer</c>.</param>
    /// <param name="text">The new text; it must keep the original's <c>{placeholders}</c>.</param>
    /// <returns>This instance, for chaining.</returns>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public TextOverrides Add(string cultureName, string key, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cultureName);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        _texts[(CultureKey(cultureName), key)] = text;
        return this;
    }

    /// <summary>How many overrides are registered.</summary>
    public int Count => _texts.Count;

    internal IEnumerable<(string Culture, string Key, string Text)> Entries() =>
        _texts.Select(e => (e.Key.Culture, e.Key.Key, e.Value)).OrderBy(e => e.Culture, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal);

    internal void CopyTo(TextOverrides target)
    {
        foreach (var entry in _texts)
        {
            target._texts[entry.Key] = entry.Value;
        }
    }

    /// <summary>Looks up with a culture name already passed through <see cref="CultureKey"/> (no allocation).</summary>
    internal bool TryGetByCultureKey(string cultureKey, string key, out string text) =>
        _texts.TryGetValue((cultureKey, key), out text!);

    /// <summary>How overrides store a culture name: lower-case invariant.</summary>
    internal static string CultureKey(string cultureName) => cultureName.ToLowerInvariant();
}
