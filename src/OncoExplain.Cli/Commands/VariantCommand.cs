using System.CommandLine;
using System.Text.Json;

namespace OncoExplain.Cli.Commands;

/// <summary><c>oncoexplain variant TEXT</c>: parse one protein change and print what it is as JSON.</summary>
internal static class VariantCommand
{
    public static Command Create(CliConsole console)
    {
        var text = new Argument<string>("TEXT") { Description = "An HGVS protein change, for example p.G12D or p.(Gly12Asp)." };
        var command = new Command("variant", "Parse one HGVS protein change and print it as JSON (valid, normalized, short, kind, error).")
        {
            text,
        };
        command.SetAction(parse => Run(console, parse.GetValue(text)!));
        return command;
    }

    private static int Run(CliConsole console, string text)
    {
        var report = ProteinChange.TryParse(text, out var change, out var error)
            ? new VariantReport(true, text, change.ToString(), change.ToShortString(), KindName(change.Kind), change.IsPredicted, change.IsTruncating, null)
            : new VariantReport(false, text, null, null, null, null, null, error);
        console.Out.WriteLine(CliJson.Serialize(report, CliJsonContext.Default.VariantReport));
        return report.Valid ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    internal static string KindName(ProteinChangeKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
}
