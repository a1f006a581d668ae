using System.Text.Json.Serialization;
using OncoExplain.Cli.Commands;

namespace OncoExplain.Cli;

/// <summary>Source-generated JSON for the CLI's own reports.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(VariantReport))]
[JsonSerializable(typeof(ValidateReport))]
[JsonSerializable(typeof(RulesReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
