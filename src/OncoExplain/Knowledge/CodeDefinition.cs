using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>A caveat, test or reason code with its English clinician-level description for the rule catalogue.</summary>
/// <param name="Code">The stable kebab-case code.</param>
/// <param name="Description">Clinician-level English (not caregiver text; the explainer has its own localized texts).</param>
/// <param name="SourceIds">The sources behind the code, possibly none (for example a code that says something was not recorded).</param>
public sealed record CodeDefinition(string Code, string Description, ImmutableArray<string> SourceIds);
