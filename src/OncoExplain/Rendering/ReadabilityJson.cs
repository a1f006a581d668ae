using System.Text.Json;

namespace OncoExplain;

/// <summary>Writes <see cref="ExplanationReadability"/> into the explanation JSON.</summary>
internal static class ReadabilityJson
{
    public static void Write(Utf8JsonWriter json, ExplanationReadability readability)
    {
        json.WriteStartObject("readability");
        json.WriteString("formula", WireFormula(readability.Target.Formula));
        json.WriteString("language", readability.Whole.Language.ToString().ToLowerInvariant());
        json.WriteNumber("sectionTarget", readability.Target.SectionThreshold);
        json.WriteNumber("summaryTarget", readability.Target.SummaryThreshold);
        json.WriteBoolean("lowerIsEasier", readability.Target.LowerIsEasier);
        json.WriteBoolean("meetsTargets", readability.MeetsTargets);
        Part(json, "summary", readability.Summary);
        json.WriteStartArray("parts");
        foreach (var part in readability.Parts)
        {
            json.WriteStartObject();
            json.WriteString("id", part.PartId);
            Measures(json, part.Report, part.MeetsTarget);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("whole");
        Measures(json, readability.Whole, meetsTarget: null);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Part(Utf8JsonWriter json, string name, PartReadability part)
    {
        json.WriteStartObject(name);
        Measures(json, part.Report, part.MeetsTarget);
        json.WriteEndObject();
    }

    private static void Measures(Utf8JsonWriter json, ReadabilityReport report, bool? meetsTarget)
    {
        json.WriteNumber("score", Math.Round(report.GateScore, 2));
        if (meetsTarget is { } meets)
        {
            json.WriteBoolean("meetsTarget", meets);
        }

        json.WriteNumber("sentences", report.Sentences);
        json.WriteNumber("words", report.Words);
        json.WriteStartObject("scores");
        foreach (var score in report.Scores)
        {
            json.WriteNumber(WireFormula(score.Formula), Math.Round(score.Value, 2));
        }

        json.WriteEndObject();
    }

    private static string WireFormula(ReadabilityFormula formula) => JsonNamingPolicy.KebabCaseLower.ConvertName(formula.ToString());
}
