using System.Collections.Immutable;
using System.Text.Json;

namespace OncoExplain.Cohorts;

/// <summary>Reads a batch result object back from its JSON (the inverse of <see cref="BatchJsonl.WriteTo"/>).</summary>
internal static class BatchJsonlReader
{
    public static BatchResult? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("line"u8, out var line) || !line.TryGetInt32(out var number)
            || !(root.TryGetProperty("findings"u8, out _) || root.TryGetProperty("errors"u8, out _)))
        {
            return null;
        }

        var reasons = root.TryGetProperty("reasons"u8, out var reasonObject) && reasonObject.ValueKind == JsonValueKind.Object
            ? reasonObject.EnumerateObject().ToDictionary(p => p.Name, p => Strings(p.Value), StringComparer.Ordinal)
            : [];
        return new BatchResult
        {
            Line = number,
            Id = String(root, "id"u8),
            Cancer = CohortWire.ParseCancer(String(root, "cancer"u8)),
            Findings = [.. Properties(root, "findings"u8)
                .Select(p => (p.Name, Status: CohortWire.ParseStatus(p.Value.GetString())))
                .Where(p => p.Status is not null)
                .Select(p => new TherapyStatus(p.Name, p.Status!.Value, reasons.GetValueOrDefault(p.Name, [])))],
            NextSteps = root.TryGetProperty("nextSteps"u8, out var steps) ? Strings(steps) : [],
            Markers = [.. Properties(root, "markers"u8)
                .Select(p => (p.Name, Result: CohortWire.ParseTestResult(p.Value.GetString())))
                .Where(p => p.Result is not null)
                .Select(p => new MarkerResult(p.Name, p.Result!.Value))],
            Errors = Issues(root, "errors"u8),
            Warnings = Issues(root, "warnings"u8),
        };
    }

    private static List<JsonProperty> Properties(JsonElement root, ReadOnlySpan<byte> name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToList()
            : [];

    private static string? String(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static ImmutableArray<string> Strings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static ImmutableArray<ProfileIssue> Issues(JsonElement root, ReadOnlySpan<byte> name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new ProfileIssue(
                String(e, "code"u8) ?? string.Empty,
                String(e, "path"u8) ?? string.Empty,
                String(e, "message"u8) ?? string.Empty,
                Number(e, "line"u8),
                Number(e, "column"u8)))]
            : [];
}
