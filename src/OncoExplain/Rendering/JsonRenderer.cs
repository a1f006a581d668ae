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
        StringOrNull(json, "id", e.Id);
        json.WriteString("cancer", e.Cancer.ToWireName());
        json.WriteString("title", e.Title);
        Strings(json, "summary", e.Summary);
        Sections(json, "sections", e.Sections);
        Objects(json, "findings", e.Findings, Finding);
        Objects(json, "nextSteps", e.NextSteps, static (json, step) =>
        {
            json.WriteString("test", step.TestId);
            json.WriteString("text", step.Text);
        });
        Strings(json, "questions", e.Questions);
        Sections(json, "supportiveCare", e.SupportiveCare);
        Objects(json, "faq", e.Faq, static (json, entry) =>
        {
            json.WriteString("id", entry.Id);
            json.WriteString("question", entry.Question);
            json.WriteString("answer", entry.Answer);
        });
        Objects(json, "glossary", e.Glossary, static (json, entry) =>
        {
            json.WriteString("id", entry.Id);
            json.WriteString("term", entry.Term);
            json.WriteString("definition", entry.Definition);
        });
        Objects(json, "sources", e.Sources, static (json, source) =>
        {
            json.WriteString("id", source.Id);
            json.WriteString("citation", source.Citation);
            StringIfPresent(json, "url", source.Url);
        });
        Objects(json, "warnings", e.Warnings, static (json, warning) =>
        {
            json.WriteString("code", warning.Code);
            json.WriteString("message", warning.Message);
            StringIfPresent(json, "path", warning.Path);
        });
        json.WriteString("disclaimer", e.Disclaimer);
        ReadabilityJson.Write(json, e.Readability);
        json.WriteEndObject();
    }

    private static void Finding(Utf8JsonWriter json, ExplainedFinding f)
    {
        json.WriteString("therapy", f.TherapyId);
        json.WriteString("status", f.Status.ToWireName());
        json.WriteString("name", f.Name);
        json.WriteString("statusText", f.StatusText);
        Strings(json, "reasons", f.Reasons);
        Strings(json, "evidence", f.SourceIds);
        json.WriteString("evidenceText", f.EvidenceText);
        json.WriteString("bucket", f.Bucket.ToWireName());
        json.WriteString("bucketText", f.BucketText);
        StringOrNull(json, "level", f.Level?.ToWireName());
        Strings(json, "rules", f.Finding.RuleIds);
        Objects(json, "checks", f.Finding.Checks, static (json, check) =>
        {
            json.WriteString("code", check.Code);
            json.WriteString("outcome", check.Outcome.ToWireName());
            Strings(json, "arguments", check.Arguments);
        });
        Strings(json, "caveats", f.Finding.CaveatCodes);
        Strings(json, "missingTests", f.Finding.MissingTests);
        Strings(json, "drugs", f.Finding.DrugIds);
    }

    private static void Sections(Utf8JsonWriter json, string name, IEnumerable<ExplanationSection> sections) =>
        Objects(json, name, sections, static (json, section) =>
        {
            json.WriteString("id", section.Id);
            json.WriteString("heading", section.Heading);
            Strings(json, "paragraphs", section.Paragraphs);
        });

    /// <summary>An array of objects, each written by <paramref name="writeProperties"/> between its braces.</summary>
    private static void Objects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeProperties)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeProperties(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void StringIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
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
