namespace OncoExplain;

/// <summary>The value of one readability formula for one text.</summary>
/// <param name="Formula">The formula.</param>
/// <param name="Value">The score, unrounded; always a finite number (0 for a text without words).</param>
/// <remarks>The default value is a Flesch Reading Ease of 0.</remarks>
public readonly record struct ReadabilityScore(ReadabilityFormula Formula, double Value);
