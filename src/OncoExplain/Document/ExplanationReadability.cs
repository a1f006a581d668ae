using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>
/// The reading level the library measured on its own output: the summary, every part, and the whole, each with the
/// language's own formula and target (Flesch-Kincaid grade ≤ 8 for an English section, ≤ 6.5 for the summary).
/// </summary>
public sealed class ExplanationReadability
{
    internal ExplanationReadability(ReadabilityTarget target, PartReadability summary, ImmutableArray<PartReadability> parts, ReadabilityReport whole)
    {
        Target = target;
        Summary = summary;
        Parts = parts;
        Whole = whole;
    }

    /// <summary>The gate formula and thresholds for the explanation's language.</summary>
    public ReadabilityTarget Target { get; }

    /// <summary>The summary, held to the stricter summary threshold.</summary>
    public PartReadability Summary { get; }

    /// <summary>Every section and list, in reading order.</summary>
    public ImmutableArray<PartReadability> Parts { get; }

    /// <summary>All of the prose together.</summary>
    public ReadabilityReport Whole { get; }

    /// <summary>Whether the summary and every part meet their targets.</summary>
    public bool MeetsTargets => Summary.MeetsTarget && Parts.All(p => p.MeetsTarget);
}
