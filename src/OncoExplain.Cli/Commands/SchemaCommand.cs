using System.CommandLine;

namespace OncoExplain.Cli.Commands;

/// <summary><c>oncoexplain schema</c>: print the JSON Schema of the profile JSON (the source of <c>docs/profile.schema.json</c>).</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "Print the JSON Schema of the profile JSON.");
        command.SetAction(_ =>
        {
            console.Out.Write(ProfileJson.GetSchema());
            console.Out.Write('\n');
            return ExitCodes.Ok;
        });
        return command;
    }
}
