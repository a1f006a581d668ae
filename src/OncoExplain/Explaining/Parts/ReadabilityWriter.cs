using System.Collections.Immutable;
using OncoExplain.Readability;

namespace OncoExplain;

/// <summary>Measures the prose of an explanation (paragraphs and list items, not headings) part by part.</summary>
internal static class ReadabilityWriter
{
    /// <remarks>
    /// The whole is every part joined by blank lines; it is not scanned again but summed from the parts' counts, which is
    /// exactly what scanning it gives (see <see cref="TextCounts"/>'s addition).
    /// </remarks>
    public static ExplanationReadability Write(string culture, IReadOnlyList<string> summary, IEnumerable<(string Id, IEnumerable<string> Texts)> parts)
    {
        var target = ReadabilityTargets.Gate(culture);
        var summaryPart = Measure(culture, "summary", summary, ReadabilityTextKind.Summary, out var whole);
        var measured = ImmutableArray.CreateBuilder<PartReadability>();
        foreach (var (id, texts) in parts)
        {
            var list = texts as IReadOnlyList<string> ?? [.. texts];
            if (list.Count == 0)
            {
                continue;
            }

            measured.Add(Measure(culture, id, list, ReadabilityTextKind.Section, out var counts));
            whole += counts;
        }

        return new ExplanationReadability(target, summaryPart, measured.ToImmutable(), ReadabilityMeter.FromCounts(culture, whole));
    }

    private static PartReadability Measure(string culture, string id, IReadOnlyList<string> texts, ReadabilityTextKind kind, out TextCounts counts)
    {
        // Each paragraph or list item stands on its own, as if separated by a blank line, so items without a full stop end a
        // sentence; counting them one by one and summing is counting them joined by blank lines.
        counts = default;
        foreach (var text in texts)
        {
            counts += ReadabilityMeter.Count(text, culture);
        }

        var report = ReadabilityMeter.FromCounts(culture, counts);
        return new PartReadability(id, report, report.MeetsTarget(kind));
    }
}
