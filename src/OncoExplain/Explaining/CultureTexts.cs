using System.Collections.Concurrent;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>
/// What an explainer prepares once per requested culture and reuses for every explanation in it: the text catalog (culture
/// chain, format culture), the glossary matcher built from that culture's term forms, and the findings already put into
/// words. Thread-safe; everything it hands out is immutable.
/// </summary>
internal sealed class CultureTexts
{
    /// <summary>How many findings' words one culture keeps: as many findings as an engine shares by default.</summary>
    public const int WrittenCapacity = 8192;

    // Findings are immutable and the engine shares equal ones between profiles, so the words for a finding are written once
    // per culture. Keyed by the finding object and bounded: a ConditionalWeakTable was tried first, and its dependent handles
    // kept about 80 bytes per explained profile alive when most findings were never seen again (a first-seen population).
    private readonly ConcurrentDictionary<Finding, WrittenFinding>? writtenFindings;
    private readonly Room writtenRoom = new(WrittenCapacity);

    // The culture's glossary entries, each made when an explanation first lists it (a race only makes an equal one twice).
    private readonly GlossaryEntry?[] glossaryEntries = new GlossaryEntry?[GlossaryWriter.Ids.Length];

    private CultureTexts(TextCatalog texts, bool reused)
    {
        Texts = texts;
        Glossary = new GlossaryMatcher(texts, indexCatalogTexts: reused);
        writtenFindings = reused ? new ConcurrentDictionary<Finding, WrittenFinding>(ReferenceEqualityComparer.Instance) : null;
    }

    /// <summary>How many findings' words are kept (for tests).</summary>
    internal int WrittenCount => writtenRoom.Taken;

    public TextCatalog Texts { get; }

    public GlossaryMatcher Glossary { get; }

    /// <summary>Texts prepared for use in many explanations (what an explainer's <see cref="Cache"/> holds).</summary>
    public static CultureTexts Reused(TextCatalog texts) => new(texts, reused: true);

    /// <summary>Texts for a single explanation: nothing is prepared ahead that one explanation would not use.</summary>
    public static CultureTexts Single(TextCatalog texts) => new(texts, reused: false);

    /// <summary>The words already written for <paramref name="finding"/> in this culture.</summary>
    public bool TryGetWritten(Finding finding, out WrittenFinding written)
    {
        if (writtenFindings is not null && writtenFindings.TryGetValue(finding, out var found))
        {
            written = found;
            return true;
        }

        written = null!;
        return false;
    }

    /// <summary>The entry of glossary term <paramref name="index"/> (of <see cref="GlossaryWriter.Ids"/>), made by
    /// <paramref name="make"/> the first time.</summary>
    public GlossaryEntry GlossaryEntry(int index, Func<TextCatalog, int, GlossaryEntry> make) =>
        Volatile.Read(ref glossaryEntries[index]) ?? (glossaryEntries[index] = make(Texts, index));

    /// <summary>Keeps the words written for <paramref name="finding"/> (a finding written twice at once keeps the first).</summary>
    public void KeepWritten(Finding finding, WrittenFinding written)
    {
        if (writtenFindings is not null && writtenRoom.TryTake(out _) && !writtenFindings.TryAdd(finding, written))
        {
            writtenRoom.GiveBack();
        }
    }

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

            var snapshot = TextCatalog.Snapshot(requested, overrides, strict);
            return byName.Count < Capacity ? byName.GetOrAdd(requested, _ => Reused(snapshot)) : Single(snapshot);
        }
    }
}
