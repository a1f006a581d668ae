using System.Text;
using System.Text.Json;
using OncoExplain.Cli;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Safety;

/// <summary>
/// Every hostile input gives its error, with its JSON path, through the API, <c>validate</c> (text and JSON),
/// <c>explain</c> (from a file and from standard input) and <c>batch</c> (between two valid lines, which are still
/// explained); never a profile, an explanation, a stack trace or an undocumented code.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string ValidLine = "{\"id\":\"before-and-after\",\"cancer\":\"colorectal\",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12C\"}]}}";
    private readonly string folder = Directory.CreateTempSubdirectory("oncoexplain-hostile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_catalogue_covers_every_error_code()
    {
        var covered = HostileInputs.All.Select(i => i.Code).ToHashSet();
        var errors = ErrorCodes.All.Except(covered).Order(StringComparer.Ordinal);

        Assert.Empty(errors);
        Assert.True(HostileInputs.All.Count >= 90, $"{HostileInputs.All.Count} inputs");
        Assert.Equal(HostileInputs.All.Count, HostileInputs.All.Select(i => i.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(HostileInputs.Names), MemberType = typeof(HostileInputs))]
    public void The_api_reports_the_error_with_its_path_and_gives_no_profile(string name)
    {
        var input = HostileInputs.Named(name);

        var result = ProfileJson.Read(input.Utf8);
        using var stream = new MemoryStream(input.Utf8);
        var fromStream = ProfileJson.Read(stream);

        AssertRejected(input, result);
        Assert.Equal(result.Errors, fromStream.Errors);
        if (Utf8Text(input) is { } text)
        {
            Assert.Equal(result.Errors.Select(e => (e.Code, e.Path)), ProfileJson.Read(text).Errors.Select(e => (e.Code, e.Path)));
        }
    }

    [Theory]
    [MemberData(nameof(HostileInputs.Names), MemberType = typeof(HostileInputs))]
    public void Validate_prints_the_path_and_exits_1(string name)
    {
        var input = HostileInputs.Named(name);
        var file = Write(input.Utf8);

        var text = CliRunner.Run("validate", file);
        var json = CliRunner.Run("validate", file, "--format", "json");

        AssertCliRejected(input, text);
        Assert.Equal(1, json.ExitCode);
        using var report = JsonDocument.Parse(json.Out);
        Assert.False(report.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains(
            report.RootElement.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("code").GetString() == input.Code && e.GetProperty("path").GetString() == input.Path);
    }

    [Theory]
    [MemberData(nameof(HostileInputs.Names), MemberType = typeof(HostileInputs))]
    public void Explain_prints_the_path_and_no_explanation_from_a_file_and_from_standard_input(string name)
    {
        var input = HostileInputs.Named(name);
        var file = Write(input.Utf8);

        foreach (var format in new[] { "text", "json", "html", "markdown" })
        {
            AssertCliRejected(input, CliRunner.Run("explain", file, "--format", format));
        }

        using var stdin = new Utf8InputReader(new MemoryStream(input.Utf8));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(["explain", "-", "--format", "json"], stdin, output, error);
        AssertCliRejected(input, new CliResult(code, output.ToString(), error.ToString()));
    }

    [Theory]
    [MemberData(nameof(HostileInputs.OneLineNames), MemberType = typeof(HostileInputs))]
    public void Batch_reports_the_line_and_still_evaluates_the_lines_around_it(string name)
    {
        var input = HostileInputs.Named(name);
        var file = Write([.. Encoding.UTF8.GetBytes(ValidLine + "\n"), .. input.Utf8, .. Encoding.UTF8.GetBytes("\r\n" + ValidLine + "\n")]);

        foreach (var format in new[] { "jsonl", "csv" })
        {
            var run = CliRunner.Run("batch", file, "--format", format);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"line 2: {input.Path}: ", run.Error, StringComparison.Ordinal);
            AssertNoStackTrace(run);
            if (format == "csv")
            {
                Assert.Contains("\n2,,,,invalid,,", run.Out, StringComparison.Ordinal);
                continue;
            }

            var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal([1, 2, 3], lines.Select(l => l.GetProperty("line").GetInt32()));
            Assert.Contains(
                lines[1].GetProperty("errors").EnumerateArray(),
                e => e.GetProperty("code").GetString() == input.Code && e.GetProperty("path").GetString() == input.Path);
            Assert.False(lines[1].TryGetProperty("findings", out _));
            Assert.Equal("candidate-later", lines[0].GetProperty("findings").GetProperty("kras-g12c-targeted").GetString());
            Assert.Equal("candidate-later", lines[2].GetProperty("findings").GetProperty("kras-g12c-targeted").GetString());
        }
    }

    internal static void AssertRejected(HostileInput input, ProfileReadResult result)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Profile);
        Assert.True(
            result.Errors.Any(e => e.Code == input.Code && e.Path == input.Path),
            $"expected {input.Code} at {Shorten(input.Path)}; got: {string.Join(" | ", result.Errors.Select(e => Shorten(e.ToString())))}");
        Assert.All(result.Errors.Concat(result.Warnings), e =>
        {
            Assert.Contains(e.Code, ErrorCodes.All.Concat(ErrorCodes.Warnings));
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
        });
    }

    private static void AssertCliRejected(HostileInput input, CliResult run)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains(input.Path + ": ", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    private static void AssertNoStackTrace(CliResult run)
    {
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Out, StringComparison.Ordinal);
    }

    private static string? Utf8Text(HostileInput input)
    {
        return System.Text.Unicode.Utf8.IsValid(input.Utf8) ? Encoding.UTF8.GetString(input.Utf8) : null;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
