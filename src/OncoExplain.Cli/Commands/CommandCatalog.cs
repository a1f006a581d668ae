using System.CommandLine;

namespace OncoExplain.Cli.Commands;

/// <summary>Every sub-command, one file each.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console) =>
    [
        ExplainCommand.Create(console),
        VariantCommand.Create(console),
        ValidateCommand.Create(console),
        SchemaCommand.Create(console),
        RulesCommand.Create(console),
        BatchCommand.Create(console),
        ImportCommand.Create(console),
        SummaryCommand.Create(console),
    ];
}
