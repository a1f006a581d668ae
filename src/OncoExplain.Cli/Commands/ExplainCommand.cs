using System.CommandLine;

namespace OncoExplain.Cli.Commands;

/// <summary><c>oncoexplain explain [FILE|-]</c>: explain a profile (or the built-in example) as text, Markdown, HTML or JSON.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("FILE") { Description = "A profile JSON file, or - for standard input. Without it, a built-in example is explained.", Arity = ArgumentArity.ZeroOrOne };
        var culture = new Option<string>("--culture") { Description = "The language to write in (en, fr, es, de, pt-BR, it; fr-CA falls back to fr).", DefaultValueFactory = _ => CultureChain.Neutral };
        var format = new Option<ExplanationFormat>("--format") { Description = "text, markdown, html or json.", DefaultValueFactory = _ => ExplanationFormat.Text };
        var audience = new Option<Audience>("--audience") { Description = "caregiver (plain words) or clinician (levels, rules, identifiers).", DefaultValueFactory = _ => Audience.Caregiver };
        var command = new Command("explain", "Explain a tumour profile for caregivers (or clinicians).") { file, culture, format, audience };
        command.SetAction(parse => Run(console, parse.GetValue(file), parse.GetValue(culture)!, parse.GetValue(format), parse.GetValue(audience)));
        return command;
    }

    private static int Run(CliConsole console, string? path, string culture, ExplanationFormat format, Audience audience)
    {
        var profile = path is null ? BuiltInExample.Profile : ProfileInput.ReadValid(console, path);
        if (profile is null)
        {
            return ExitCodes.InvalidInput;
        }

        var explanation = Explainers.Shared.Explain(profile, new ExplanationOptions { Culture = culture, Audience = audience });
        console.Out.Write(ExplanationRenderer.Render(explanation, format));
        return ExitCodes.Ok;
    }
}
