using System.Collections.Concurrent;

namespace OncoExplain;

/// <summary>
/// What an explainer prepares once per requested culture and reuses for every explanation in it: the text catalog (culture
/// chain, format culture) and the glossary matcher built from that culture's term forms. Immutable and thread-safe.
/// </summary>
internal sealed class CultureTexts
{
    private CultureTexts(TextCatalog texts)
    {
        Texts = texts;
        Glossary = new GlossaryMatcher(texts);
    }

    public TextCatalog Texts { get; }

    public GlossaryMatcher Glossary { get; }

    /// <summary>A per-explainer cache of <see cref="CultureTexts"/> by requested culture name.</summary>
    /// <remarks>Holds at most <see cref="Capacity"/> names, so callers passing arbitrary culture strings cannot grow it without
    /// bound; past that, texts are prepared per call, which gives the same result more slowly.</remarks>
    internal sealed class Cache(TextOverrides? overrides, bool strict)
    {
        public const int Capacity = 64;

        private readonly ConcurrentDictionary<string, CultureTexts> byName = new(StringComparer.Ordinal);

        public CultureTexts For(string requested)
        {
            if (byName.TryGetValue(requested, out var cached))
            {
                return cached;
            }

            var created = new CultureTexts(TextCatalog.Snapshot(requested, overrides, strict));
            return byName.Count < Capacity ? byName.GetOrAdd(requested, created) : created;
        }
    }
}
