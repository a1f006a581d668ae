using System.Text.Json;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Cli;

public sealed class VariantCommandTests
{
    [Fact]
    public void Prints_normalized_forms_as_json()
    {
        var result = CliRunner.Run("variant", "p.G12D");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("p.Gly12Asp", json.RootElement.GetProperty("normalized").GetString());
        Assert.Equal("p.G12D", json.RootElement.GetProperty("short").GetString());
        Assert.Equal("substitution", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Invalid_text_exits_1_with_the_error_in_json()
    {
        var result = CliRunner.Run("variant", "p.Gly12");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains("expected", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_argument_is_a_usage_error()
    {
        var result = CliRunner.Run("variant");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
