using System.Text.Json;

namespace OncoExplain;

/// <summary>Writes <see cref="ExplanationReadability"/> into the explanation JSON.</summary>
internal static class ReadabilityJson
{
    public static void Write(Utf8JsonWriter json, ExplanationReadability readability)
    {
        json.WriteStartObject("readability");
        json.WriteString("formula", readability.Formula);
        json.WriteNumber("summary", readability.SummaryScore);
        json.WriteEndObject();
    }
}
