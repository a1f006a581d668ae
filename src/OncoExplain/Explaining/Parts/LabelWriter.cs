namespace OncoExplain;

/// <summary>The renderers' headings and labels in the explanation's culture.</summary>
internal static class LabelWriter
{
    public static ExplanationLabels Write(TextCatalog texts, string version, string date) => new(
        texts["Label.Summary"],
        texts["Label.Options"],
        texts["Label.OptionsIntro"],
        texts["Label.NextSteps"],
        texts["Label.Questions"],
        texts["Label.SupportiveCare"],
        texts["Label.Faq"],
        texts["Label.Glossary"],
        texts["Label.Sources"],
        texts["Label.Warnings"],
        texts["Label.Disclaimer"],
        texts["Label.Reasons"],
        texts["Label.Evidence"],
        texts.Get("Label.KnowledgeVersion", ("version", version), ("date", date)),
        texts["Label.Readability"],
        texts["Label.Level"],
        texts["Label.Rules"]);
}
