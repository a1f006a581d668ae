namespace OncoExplain.Cli.Commands;

/// <summary>The JSON printed by <c>oncoexplain variant</c>.</summary>
internal sealed record VariantReport(
    bool Valid,
    string Input,
    string? Normalized,
    string? Short,
    string? Kind,
    bool? Predicted,
    bool? Truncating,
    string? Error);
