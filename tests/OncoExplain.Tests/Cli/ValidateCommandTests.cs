using System.Text.Json;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Valid_file_prints_valid_and_exits_0()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.PathOf("docs", "examples", "pancreatic-germline-brca2.json"));

        Assert.Equal((0, "valid\n", ""), (result.ExitCode, result.Out.ReplaceLineEndings("\n"), result.Error));
    }

    [Fact]
    public void Warnings_go_to_stderr_prefixed_and_keep_exit_0()
    {
        var result = CliRunner.RunWithInput("""{"cancer": "colorectal", "stage": "III"}""", "validate", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("valid", result.Out.Trim());
        Assert.StartsWith("warning: $.stage: Stage III", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("(line 1, column 35)", result.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_input_prints_one_line_per_problem_and_exits_1()
    {
        var result = CliRunner.RunWithInput("{\"cancer\": \"colorectal\",\n \"ecog\": 7,\n \"biomarkers\": {\"msi\": \"unstable\"}}", "validate", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        var lines = result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("$.ecog: ECOG must be from 0 to 4; 7 is outside that range. (line 2, column 10)", lines[0]);
        Assert.StartsWith("$.biomarkers.msi: 'unstable' is not a MSI result", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("(line 3, column 24)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_prints_a_report_on_stdout()
    {
        var result = CliRunner.RunWithInput("""{"cancer": "pancreatic", "age": 200}""", "validate", "-", "--format", "json");

        Assert.Equal((1, ""), (result.ExitCode, result.Error));
        using var json = JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("out-of-range", error.GetProperty("code").GetString());
        Assert.Equal("$.age", error.GetProperty("path").GetString());
        Assert.Equal(33, error.GetProperty("column").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Missing_file_exits_1_with_a_clear_message()
    {
        var result = CliRunner.Run("validate", "no-such-profile.json");

        Assert.Equal((1, "error: no-such-profile.json: file not found.\n"), (result.ExitCode, result.Error.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Directory_exits_1_with_a_clear_message()
    {
        var result = CliRunner.Run("validate", RepositoryFiles.PathOf("docs"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is a directory", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("a.json", "b.json")]
    [InlineData("a.json", "--format", "xml")]
    public void Usage_errors_exit_2_without_a_stack_trace(params string[] arguments)
    {
        var result = CliRunner.Run(["validate", .. arguments]);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_input_is_invalid_input_not_a_crash()
    {
        var result = CliRunner.RunWithInput("\u0000\u0001 not json", "validate", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("$: The input is not valid JSON", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
