namespace OncoExplain;

/// <summary>A drug the library knows, by its international non-proprietary name.</summary>
/// <param name="Id">The stable lower-case id used in profiles, for example <c>oxaliplatin</c> or <c>5-fu</c>.</param>
/// <param name="Name">The international non-proprietary name in English.</param>
/// <param name="Classes">What the drug is.</param>
public sealed record Drug(string Id, string Name, DrugClasses Classes);
