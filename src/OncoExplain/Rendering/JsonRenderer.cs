using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OncoExplain;

/// <summary>The explanation JSON of the wire contract, written with <see cref="Utf8JsonWriter"/> (no reflection, stable property order).</summary>
internal static class JsonRenderer
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(Explanation explanation)
    {
        using var buffer = new MemoryStream(32 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, explanation);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static void Write(Utf8JsonWriter json, Explanation e)
    {
        json.WriteStartObject();
        json.WriteString("culture", e.Culture);
        json.WriteString("requestedCulture", e.RequestedCulture);
        json.WriteString("audience", e.Audience.ToWireName());
        json.WriteString("knowledgeVersion", e.KnowledgeVersion);
        json.WriteString("knowledgeDate", e.KnowledgeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (e.Id is null)
        {
            json.WriteNull("id");
        }
        else
        {
            json.WriteString("id", e.Id);
        }

        json.WriteString("cancer", e.Cancer.ToWireName());
        json.WriteString("title", e.Title);
        Strings(json, "summary", e.Summary);
        Sections(json, "sections", e.Sections);
        json.WriteStartArray("findings");
        foreach (var f in e.Findings)
        {
            Finding(json, f);
        }

        json.WriteEndArray();
        json.WriteStartArray("nextSteps");
        foreach (var step in e.NextSteps)
        {
            json.WriteStartObject();
            json.WriteString("test", step.TestId);
            json.WriteString("text", step.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "questions", e.Questions);
        Sections(json, "supportiveCare", e.SupportiveCare);
        json.WriteStartArray("faq");
        foreach (var entry in e.Faq)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Id);
            json.WriteString("question", entry.Question);
            json.WriteString("answer", entry.Answer);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("glossary");
        foreach (var entry in e.Glossary)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Id);
            json.WriteString("term", entry.Term);
            json.WriteString("definition", entry.Definition);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in e.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("citation", source.Citation);
            if (source.Url is not null)
            {
                json.WriteString("url", source.Url);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("warnings");
        foreach (var warning in e.Warnings)
        {
            json.WriteStartObject();
            json.WriteString("code", warning.Code);
            json.WriteString("message", warning.Message);
            if (warning.Path is not null)
            {
                json.WriteString("path", warning.Path);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("disclaimer", e.Disclaimer);
        ReadabilityJson.Write(json, e.Readability);
        json.WriteEndObject();
    }

    private static void Finding(Utf8JsonWriter json, ExplainedFinding f)
    {
        json.WriteStartObject();
        json.WriteString("therapy", f.TherapyId);
        json.WriteString("status", f.Status.ToWireName());
        json.WriteString("name", f.Name);
        json.WriteString("statusText", f.StatusText);
        Strings(json, "reasons", f.Reasons);
        Strings(json, "evidence", f.SourceIds);
        json.WriteString("evidenceText", f.EvidenceText);
        json.WriteString("bucket", f.Bucket.ToWireName());
        json.WriteString("bucketText", f.BucketText);
        if (f.Level is { } level)
        {
            json.WriteString("level", level.ToWireName());
        }
        else
        {
            json.WriteNull("level");
        }

        Strings(json, "rules", f.Finding.RuleIds);
        json.WriteStartArray("checks");
        foreach (var check in f.Finding.Checks)
        {
            json.WriteStartObject();
            json.WriteString("code", check.Code);
            json.WriteString("outcome", check.Outcome.ToWireName());
            Strings(json, "arguments", check.Arguments);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "caveats", f.Finding.CaveatCodes);
        Strings(json, "missingTests", f.Finding.MissingTests);
        Strings(json, "drugs", f.Finding.DrugIds);
        json.WriteEndObject();
    }

    private static void Sections(Utf8JsonWriter json, string name, IEnumerable<ExplanationSection> sections)
    {
        json.WriteStartArray(name);
        foreach (var section in sections)
        {
            json.WriteStartObject();
            json.WriteString("id", section.Id);
            json.WriteString("heading", section.Heading);
            Strings(json, "paragraphs", section.Paragraphs);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
