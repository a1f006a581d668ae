namespace OncoExplain;

/// <summary>A test that is missing from the profile and could open or close options, in plain words.</summary>
/// <param name="TestId">The knowledge base's test id (<c>extended-ras</c>, <c>germline-panel</c>…).</param>
/// <param name="Text">Why it may matter, in the explanation's culture.</param>
public sealed record NextStep(string TestId, string Text);
