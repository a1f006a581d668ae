using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>Measures the prose of an explanation (paragraphs and list items, not headings) part by part.</summary>
internal static class ReadabilityWriter
{
    public static ExplanationReadability Write(string culture, IReadOnlyList<string> summary, IEnumerable<(string Id, IEnumerable<string> Texts)> parts)
    {
        var target = ReadabilityTargets.Gate(culture);
        var summaryPart = Measure(culture, "summary", summary, ReadabilityTextKind.Summary);
        var measured = ImmutableArray.CreateBuilder<PartReadability>();
        var all = new List<string>(summary);
        foreach (var (id, texts) in parts)
        {
            var list = texts.ToList();
            if (list.Count == 0)
            {
                continue;
            }

            all.AddRange(list);
            measured.Add(Measure(culture, id, list, ReadabilityTextKind.Section));
        }

        return new ExplanationReadability(target, summaryPart, measured.ToImmutable(), ReadabilityMeter.Measure(Join(all), culture));
    }

    private static PartReadability Measure(string culture, string id, IReadOnlyList<string> texts, ReadabilityTextKind kind)
    {
        var report = ReadabilityMeter.Measure(Join(texts), culture);
        return new PartReadability(id, report, report.MeetsTarget(kind));
    }

    // Each paragraph or list item stands on its own, separated by a blank line, so items without a full stop end a sentence.
    private static string Join(IEnumerable<string> texts) => string.Join("\n\n", texts);
}
