using System.Text.Json;

namespace OncoExplain.AotSmoke;

/// <summary>What the checks need from an explanation JSON, read back with <see cref="JsonDocument"/> (no reflection).</summary>
internal sealed record ExplanationFacts(
    string Culture,
    string RequestedCulture,
    string KnowledgeVersion,
    string Title,
    string Disclaimer,
    int SectionCount,
    int FindingCount,
    int FindingsWithoutEvidence)
{
    public static ExplanationFacts Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        return new ExplanationFacts(
            root.GetProperty("culture").GetString() ?? string.Empty,
            root.GetProperty("requestedCulture").GetString() ?? string.Empty,
            root.GetProperty("knowledgeVersion").GetString() ?? string.Empty,
            root.GetProperty("title").GetString() ?? string.Empty,
            root.GetProperty("disclaimer").GetString() ?? string.Empty,
            root.GetProperty("sections").GetArrayLength(),
            findings.Count,
            findings.Count(f => f.GetProperty("evidence").GetArrayLength() == 0));
    }
}
