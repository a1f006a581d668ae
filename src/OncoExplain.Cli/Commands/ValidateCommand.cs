using System.CommandLine;

namespace OncoExplain.Cli.Commands;

/// <summary>
/// <c>oncoexplain validate FILE|-</c>: read a profile strictly. Valid: <c>valid</c> on stdout, warnings on stderr, exit 0.
/// Invalid: one line per problem on stderr (<c>$.biomarkers.msi: message (line 7, column 12)</c>), exit 1.
/// With <c>--format json</c> the report is JSON on stdout instead, for scripts.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The profile JSON file, or - to read standard input." };
        var format = new Option<string>("--format")
        {
            Description = "text (default): 'valid' or one line per problem on stderr; json: a report on stdout.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Check a profile JSON file against the contract; exit 0 when valid, 1 when not.")
        {
            file,
            format,
        };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(format) == "json"));
        return command;
    }

    private static int Run(CliConsole console, string file, bool json)
    {
        if (ProfileInput.Read(console, file) is not { } result)
        {
            return ExitCodes.InvalidInput;
        }

        if (json)
        {
            console.Out.WriteLine(CliJson.Serialize(ValidateReport.From(result), CliJsonContext.Default.ValidateReport));
        }
        else
        {
            if (result.IsValid)
            {
                console.Out.WriteLine("valid");
            }

            foreach (var error in result.Errors)
            {
                console.Error.WriteLine(error.ToString());
            }

            foreach (var warning in result.Warnings)
            {
                console.Error.WriteLine("warning: " + warning);
            }
        }

        return result.IsValid ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
