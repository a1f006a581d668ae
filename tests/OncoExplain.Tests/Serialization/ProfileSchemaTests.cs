using System.Text.Json.Nodes;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Serialization;

/// <summary>The generated JSON Schema and its checked-in copy.</summary>
public sealed class ProfileSchemaTests
{
    private static JsonObject Schema => JsonNode.Parse(ProfileJson.GetSchema())!.AsObject();

    [Fact]
    public void Checked_in_schema_matches_the_generated_one()
    {
        var path = RepositoryFiles.PathOf("docs", "profile.schema.json");
        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd('\n') : "(missing)";

        Assert.True(
            checkedIn == ProfileJson.GetSchema(),
            "docs/profile.schema.json is out of date. Regenerate it from the repository root with:\n" +
            "  dotnet run --project src/OncoExplain.Cli -- schema > docs/profile.schema.json");
    }

    [Fact]
    public void Identifies_itself_as_draft_2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.Equal(["cancer"], Schema["required"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void Every_object_forbids_additional_properties_and_every_property_is_described()
    {
        var objects = Objects(Schema).ToList();

        Assert.Equal(4, objects.Count);
        foreach (var node in objects)
        {
            Assert.False((bool?)node["additionalProperties"] ?? true, node.GetPath());
            foreach (var (name, property) in node["properties"]!.AsObject())
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)property!["description"]), $"{node.GetPath()}.{name}");
            }
        }
    }

    [Theory]
    [InlineData("ecog", 0, 4)]
    [InlineData("age", 0, 120)]
    public void Profile_numbers_carry_their_ranges(string property, int minimum, int maximum)
    {
        var node = Schema["properties"]![property]!;

        Assert.Equal((minimum, maximum), ((int)node["minimum"]!, (int)node["maximum"]!));
    }

    [Fact]
    public void Nested_numbers_carry_their_ranges()
    {
        var biomarkers = Schema["properties"]!["biomarkers"]!["properties"]!;
        var treatment = Schema["properties"]!["treatments"]!["items"]!["properties"]!;

        Assert.Equal((0.0, 1000.0), ((double)biomarkers["tmb"]!["minimum"]!, (double)biomarkers["tmb"]!["maximum"]!));
        Assert.Equal((1, 15), ((int)treatment["line"]!["minimum"]!, (int)treatment["line"]!["maximum"]!));
        Assert.Equal((0, 520), ((int)treatment["weeks"]!["minimum"]!, (int)treatment["weeks"]!["maximum"]!));
    }

    [Fact]
    public void Enumerations_list_the_contract_names()
    {
        var her2 = Schema["properties"]!["biomarkers"]!["properties"]!["her2"]!["enum"]!.AsArray().Select(n => (string?)n);
        var sites = Schema["properties"]!["primarySite"]!["enum"]!.AsArray().Select(n => (string?)n);

        Assert.Equal(["ihc3+", "ihc2+/ish+", "ihc2+/ish-", "ihc2+", "ihc1+", "ihc0", "amplified", "not-amplified", null], her2);
        Assert.Contains("sigmoid-colon", sites);
        Assert.Contains("head", sites);
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            if (obj.ContainsKey("properties"))
            {
                yield return obj;
            }

            foreach (var (_, child) in obj)
            {
                foreach (var found in Objects(child))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                foreach (var found in Objects(child))
                {
                    yield return found;
                }
            }
        }
    }
}
