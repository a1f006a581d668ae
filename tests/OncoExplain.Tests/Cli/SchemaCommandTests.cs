using System.Text.Json;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Cli;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Prints_the_schema_with_a_final_newline()
    {
        var result = CliRunner.Run("schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ProfileJson.GetSchema() + "\n", result.Out);
        using var schema = JsonDocument.Parse(result.Out);
        Assert.Equal("object", schema.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Extra_arguments_are_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("schema", "extra").ExitCode);
    }
}
