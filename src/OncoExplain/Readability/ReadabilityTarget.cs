using System.Globalization;

namespace OncoExplain;

/// <summary>
/// The pass/fail threshold of one readability formula, equivalent to the product's English promise
/// (Flesch-Kincaid grade ≤ 8 for a section, ≤ 6.5 for the summary). Instances come from <see cref="ReadabilityTargets"/>.
/// </summary>
/// <remarks>Why each threshold is equivalent to the English one is explained in <c>docs/readability.md</c>.</remarks>
public sealed class ReadabilityTarget
{
    internal ReadabilityTarget(ReadabilityFormula formula, double sectionThreshold, double summaryThreshold, bool lowerIsEasier)
    {
        Formula = formula;
        SectionThreshold = sectionThreshold;
        SummaryThreshold = summaryThreshold;
        LowerIsEasier = lowerIsEasier;
    }

    /// <summary>Gets the formula the thresholds apply to.</summary>
    /// <value>The formula.</value>
    public ReadabilityFormula Formula { get; }

    /// <summary>Gets the threshold a section must meet.</summary>
    /// <value>A maximum when <see cref="LowerIsEasier"/>, otherwise a minimum.</value>
    public double SectionThreshold { get; }

    /// <summary>Gets the (stricter) threshold the summary must meet.</summary>
    /// <value>A maximum when <see cref="LowerIsEasier"/>, otherwise a minimum.</value>
    public double SummaryThreshold { get; }

    /// <summary>Gets a value indicating whether lower scores mean easier text (grade-level formulas).</summary>
    /// <value><see langword="true"/> for grade levels, <see langword="false"/> for reading-ease scales.</value>
    public bool LowerIsEasier { get; }

    /// <summary>Gets the threshold for a kind of text.</summary>
    /// <param name="kind">Section or summary.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public double ThresholdFor(ReadabilityTextKind kind) => kind switch
    {
        ReadabilityTextKind.Section => SectionThreshold,
        ReadabilityTextKind.Summary => SummaryThreshold,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Value is not a defined ReadabilityTextKind."),
    };

    /// <summary>Tells whether a score meets the threshold for a kind of text (a score equal to the threshold meets it).</summary>
    /// <param name="score">A score of <see cref="Formula"/>.</param>
    /// <param name="kind">Section or summary.</param>
    /// <returns><see langword="true"/> when the score is at least as easy as the threshold; <see langword="false"/> for NaN.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public bool IsMet(double score, ReadabilityTextKind kind)
    {
        var threshold = ThresholdFor(kind);
        return LowerIsEasier ? score <= threshold : score >= threshold;
    }

    /// <summary>Describes the target, e.g. <c>FleschKincaidGrade ≤ 8 (summary ≤ 6.5)</c>.</summary>
    /// <returns>An invariant-culture description for developers.</returns>
    public override string ToString()
    {
        var relation = LowerIsEasier ? "≤" : "≥";
        return string.Create(CultureInfo.InvariantCulture, $"{Formula} {relation} {SectionThreshold} (summary {relation} {SummaryThreshold})");
    }
}
