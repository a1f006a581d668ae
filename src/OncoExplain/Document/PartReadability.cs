namespace OncoExplain;

/// <summary>The measured reading level of one part of an explanation.</summary>
/// <param name="PartId">The section id (<c>kras-switch</c>), or one of <c>summary</c>, <c>options</c>, <c>next-steps</c>, <c>questions</c>, <c>supportive-care</c>, <c>faq</c>, <c>glossary</c>.</param>
/// <param name="Report">The measurement, with every formula for the language.</param>
/// <param name="MeetsTarget">Whether the gate formula meets the language's target for this kind of text.</param>
public sealed record PartReadability(string PartId, ReadabilityReport Report, bool MeetsTarget);
