namespace OncoExplain;

/// <summary>The headings and labels renderers print around the content, in the explanation's culture.</summary>
/// <param name="Summary">"In short".</param>
/// <param name="Options">The heading of the options list.</param>
/// <param name="OptionsIntro">The sentence that frames the options list.</param>
/// <param name="NextSteps">The heading of the missing tests.</param>
/// <param name="Questions">The heading of the questions.</param>
/// <param name="SupportiveCare">The heading of supportive care.</param>
/// <param name="Faq">The heading of the FAQ.</param>
/// <param name="Glossary">The heading of the glossary.</param>
/// <param name="Sources">The heading of the sources.</param>
/// <param name="Warnings">The heading of the notes about the profile.</param>
/// <param name="Disclaimer">The heading of the disclaimer.</param>
/// <param name="Reasons">"Why".</param>
/// <param name="Evidence">"Evidence".</param>
/// <param name="KnowledgeVersion">The knowledge version line, filled in.</param>
/// <param name="Readability">"Reading level".</param>
/// <param name="Level">"level", for the evidence level in the clinician view.</param>
/// <param name="Rules">"rules", for the rule ids in the clinician view.</param>
public sealed record ExplanationLabels(
    string Summary,
    string Options,
    string OptionsIntro,
    string NextSteps,
    string Questions,
    string SupportiveCare,
    string Faq,
    string Glossary,
    string Sources,
    string Warnings,
    string Disclaimer,
    string Reasons,
    string Evidence,
    string KnowledgeVersion,
    string Readability,
    string Level,
    string Rules);
