using System.CommandLine;
using OncoExplain.Cli.Commands;

namespace OncoExplain.Cli;

/// <summary>Builds the command tree and runs it. Usage errors exit with 2, invalid input with 1, never with a stack trace.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(input, output, error);
        var root = new RootCommand("oncoexplain: plain-language explanations of stage IV pancreatic and colorectal cancer profiles.");
        foreach (var command in CommandCatalog.Create(console))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run 'oncoexplain --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (UnauthorizedAccessException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
