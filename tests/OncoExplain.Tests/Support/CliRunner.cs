using OncoExplain.Cli;

namespace OncoExplain.Tests.Support;

/// <summary>Runs the CLI in memory and captures what it prints.</summary>
internal static class CliRunner
{
    public static CliResult RunWithInput(string? stdin, params string[] args)
    {
        using var input = new StringReader(stdin ?? string.Empty);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, input, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static CliResult Run(params string[] args) => RunWithInput(null, args);
}

internal sealed record CliResult(int ExitCode, string Out, string Error);
