namespace OncoExplain;

/// <summary>A frequently asked question and its answer.</summary>
/// <param name="Id">A stable English slug.</param>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answer.</param>
public sealed record FaqEntry(string Id, string Question, string Answer);
