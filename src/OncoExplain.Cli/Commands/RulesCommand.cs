using System.CommandLine;

namespace OncoExplain.Cli.Commands;

/// <summary><c>oncoexplain rules [--format text|markdown|json]</c>: the rule catalogue with evidence, sources and the knowledge version.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (default), markdown (the content of docs/rules.md) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command("rules", "Print the rule catalogue: therapies, rules, conditions, caveats, tests and sources, with the knowledge version and date.")
        {
            format,
        };
        command.SetAction(parse => Run(console, parse.GetValue(format) ?? "text"));
        return command;
    }

    private static int Run(CliConsole console, string format)
    {
        var knowledge = KnowledgeBase.Current;
        var text = format switch
        {
            "markdown" => RulesMarkdown.Write(knowledge),
            "json" => CliJson.Serialize(RulesReport.From(knowledge), CliJsonContext.Default.RulesReport, indented: true) + "\n",
            _ => RulesText.Write(knowledge),
        };
        console.Out.Write(text);
        return ExitCodes.Ok;
    }
}
