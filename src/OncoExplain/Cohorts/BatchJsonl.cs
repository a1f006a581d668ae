using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OncoExplain.Cohorts;

/// <summary>
/// The JSON-lines form of batch results, one compact object per line:
/// <c>{"line":1,"id":"p1","cancer":"colorectal","findings":{"anti-egfr":"candidate",…},"reasons":{…},"nextSteps":[…],"markers":{…}}</c>,
/// or for an invalid line <c>{"line":2,"errors":[{"code":…,"path":…,"message":…,"line":…,"column":…}]}</c>.
/// With an explanation, <c>"explanation"</c> holds the explanation JSON. Uses <see cref="Utf8JsonWriter"/> and
/// <see cref="JsonDocument"/> only (no reflection).
/// </summary>
public static class BatchJsonl
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The result as one line of JSON, without a line break.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ToLine(BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteTo(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the result as one JSON object to a writer (compact when the writer is not indented).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteTo(Utf8JsonWriter writer, BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteNumber("line"u8, result.Line);
        if (result.Id is { } id)
        {
            writer.WriteString("id"u8, id);
        }

        if (result.Cancer is { } cancer)
        {
            writer.WriteString("cancer"u8, cancer.ToWireName());
        }

        if (result.IsValid)
        {
            WriteFindings(writer, result);
        }
        else
        {
            WriteIssues(writer, "errors"u8, result.Errors);
        }

        if (!result.Warnings.IsEmpty)
        {
            WriteIssues(writer, "warnings"u8, result.Warnings);
        }

        if (result.Explanation is { } explanation)
        {
            writer.WritePropertyName("explanation"u8);
            using var document = JsonDocument.Parse(ExplanationRenderer.Render(explanation, ExplanationFormat.Json));
            document.RootElement.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads back one line written by <see cref="ToLine(BatchResult)"/> (without the profile, eligibility or explanation objects).</summary>
    /// <param name="json">The line.</param>
    /// <returns>The result, or <see langword="null"/> when the text is not a batch result (for example a profile).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static BatchResult? ReadResult(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return BatchJsonlReader.Read(document.RootElement);
    }

    private static void WriteFindings(Utf8JsonWriter writer, BatchResult result)
    {
        writer.WriteStartObject("findings"u8);
        foreach (var finding in result.Findings)
        {
            writer.WriteString(finding.TherapyId, finding.Status.ToWireName());
        }

        writer.WriteEndObject();
        writer.WriteStartObject("reasons"u8);
        foreach (var finding in result.Findings)
        {
            if (finding.Reasons.IsEmpty)
            {
                continue;
            }

            writer.WriteStartArray(finding.TherapyId);
            foreach (var reason in finding.Reasons)
            {
                writer.WriteStringValue(reason);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("nextSteps"u8);
        foreach (var step in result.NextSteps)
        {
            writer.WriteStringValue(step);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("markers"u8);
        foreach (var marker in result.Markers)
        {
            writer.WriteString(marker.Marker, CohortWire.Of(marker.Result));
        }

        writer.WriteEndObject();
    }

    private static void WriteIssues(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<ProfileIssue> issues)
    {
        writer.WriteStartArray(name);
        foreach (var issue in issues)
        {
            writer.WriteStartObject();
            writer.WriteString("code"u8, issue.Code);
            writer.WriteString("path"u8, issue.Path);
            writer.WriteString("message"u8, issue.Message);
            if (issue.Line is { } line)
            {
                writer.WriteNumber("line"u8, line);
            }

            if (issue.Column is { } column)
            {
                writer.WriteNumber("column"u8, column);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
