namespace OncoExplain;

/// <summary>A condition a rule checks only for context: when it is met the caveat is added; it never changes the status.</summary>
/// <param name="ConditionCode">The condition, one of <see cref="ConditionCodes.All"/>.</param>
/// <param name="CaveatCode">The caveat added when the condition is met, one of <see cref="CaveatCodes.All"/>.</param>
public sealed record ContextCaveat(string ConditionCode, string CaveatCode);
