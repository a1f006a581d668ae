namespace OncoExplain;

/// <summary>A technical term used in the explanation, with a plain-language definition.</summary>
/// <param name="Id">A stable English slug.</param>
/// <param name="Term">The term as it appears in the text.</param>
/// <param name="Definition">What it means, in everyday words.</param>
public sealed record GlossaryEntry(string Id, string Term, string Definition);
