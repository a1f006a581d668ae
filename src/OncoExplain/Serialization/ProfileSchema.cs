using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace OncoExplain.Serialization;

/// <summary>Builds the profile JSON Schema with <see cref="JsonSchemaExporter"/> and adds what attributes cannot say.</summary>
internal static class ProfileSchema
{
    private const string GenePattern = "^[A-Za-z][A-Za-z0-9.-]{0,23}$";

    private const string FusionPattern = "^[A-Za-z][A-Za-z0-9.-]{0,23}(::[A-Za-z][A-Za-z0-9.-]{0,23})?$";

    public static JsonObject Build()
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var generated = OncoExplainJsonContext.Default.ProfileDocument.GetJsonSchemaAsNode(options).AsObject();

        // Put the identifying keywords first.
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "OncoExplain tumour profile (wire contract v1)",
        };
        foreach (var (key, value) in generated.ToArray())
        {
            generated.Remove(key);
            root[key] = value;
        }

        return root;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        if (context.PropertyInfo is { } property)
        {
            var (description, constrain) = SchemaDescriptions.ForProperty(property.DeclaringType, property.Name);
            node.Insert(0, "description", description);
            constrain?.Invoke(node);
        }
        else if (SchemaDescriptions.ForType(context.TypeInfo.Type) is { } description)
        {
            node.Insert(0, "description", description);
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && !node.ContainsKey("additionalProperties"))
        {
            node["additionalProperties"] = false;
        }

        return node;
    }

    internal static void Range(JsonObject node, double minimum, double maximum)
    {
        node["minimum"] = minimum;
        node["maximum"] = maximum;
    }

    internal static void Range(JsonObject node, int minimum, int maximum)
    {
        node["minimum"] = minimum;
        node["maximum"] = maximum;
    }

    internal static void MaxItems(JsonObject node) => node["maxItems"] = ProfileJson.MaxArrayLength;

    internal static void GeneItems(JsonObject node)
    {
        MaxItems(node);
        if (node["items"] is JsonObject items)
        {
            items["pattern"] = GenePattern;
        }
    }

    internal static void FusionItems(JsonObject node)
    {
        MaxItems(node);
        if (node["items"] is JsonObject items)
        {
            items["pattern"] = FusionPattern;
        }
    }

    internal static void Gene(JsonObject node) => node["pattern"] = GenePattern;
}
