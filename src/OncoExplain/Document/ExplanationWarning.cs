namespace OncoExplain;

/// <summary>Something about the profile the reader and the care team should know (a conflict, a value the library could not interpret).</summary>
/// <param name="Code">A stable code.</param>
/// <param name="Message">The warning in the explanation's culture.</param>
/// <param name="Path">The JSON path of the part of the profile concerned, when there is one.</param>
public sealed record ExplanationWarning(string Code, string Message, string? Path = null);
