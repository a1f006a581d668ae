namespace OncoExplain.AotSmoke;

/// <summary>The checks on each written explanation, and on the pair: a shipped French must really be French in the native binary.</summary>
internal static class ExplanationChecks
{
    public static IEnumerable<string> Check(string requested, ExplanationFacts facts)
    {
        var expected = SupportedCultures.Resolve(requested);
        if (facts.RequestedCulture != requested)
        {
            yield return $"requestedCulture is '{facts.RequestedCulture}'";
        }

        if (facts.Culture != expected)
        {
            yield return $"culture used is '{facts.Culture}', expected '{expected}'";
        }

        if (facts.KnowledgeVersion != KnowledgeBase.Current.Version || !facts.Disclaimer.Contains(KnowledgeBase.Current.Version, StringComparison.Ordinal))
        {
            yield return $"knowledge version {KnowledgeBase.Current.Version} missing (knowledgeVersion '{facts.KnowledgeVersion}')";
        }

        if (facts.SectionCount == 0 || facts.FindingCount == 0 || string.IsNullOrWhiteSpace(facts.Title))
        {
            yield return $"empty explanation ({facts.SectionCount} sections, {facts.FindingCount} findings)";
        }

        if (facts.FindingsWithoutEvidence > 0)
        {
            yield return $"{facts.FindingsWithoutEvidence} finding(s) cite no source";
        }
    }

    public static IEnumerable<string> CheckTranslation(ExplanationFacts english, ExplanationFacts french)
    {
        if (french.Culture == "fr" && (french.Title == english.Title || french.Disclaimer == english.Disclaimer))
        {
            yield return "fr is reported as shipped but its texts are English: the satellite assembly is missing from the binary";
        }

        if (french.Culture == "en" && (french.Title != english.Title || french.Disclaimer != english.Disclaimer))
        {
            yield return "fr fell back to English but its texts differ from the English explanation";
        }
    }
}
