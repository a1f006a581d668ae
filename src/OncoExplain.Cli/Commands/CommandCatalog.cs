using System.CommandLine;

namespace OncoExplain.Cli.Commands;

/// <summary>Every sub-command, one file each.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console) =>
    [
        VariantCommand.Create(console),
        RulesCommand.Create(console),
    ];
}
