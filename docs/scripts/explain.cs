#!/usr/bin/env dotnet
// Explains one tumour profile: dotnet run docs/scripts/explain.cs -- PROFILE.json [CULTURE] [FORMAT]
//   CULTURE: en (default), fr, fr-CA, ... (the culture actually used is printed on stderr)
//   FORMAT:  markdown (default), text, html or json
// Exit codes: 0 explained, 1 invalid profile, 2 usage error.
//
// In this repository the script builds against the source. Outside it, replace the next line with
//   #:package OncoExplain@0.1.0
#:project ../../src/OncoExplain/OncoExplain.csproj

using OncoExplain;

if (args.Length is < 1 or > 3 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run explain.cs -- PROFILE.json [CULTURE] [markdown|text|html|json]");
    return 2;
}

var culture = args.Length > 1 ? args[1] : "en";
ExplanationFormat? format = (args.Length > 2 ? args[2] : "markdown").ToLowerInvariant() switch
{
    "markdown" => ExplanationFormat.Markdown,
    "text" => ExplanationFormat.Text,
    "html" => ExplanationFormat.Html,
    "json" => ExplanationFormat.Json,
    _ => null,
};
if (format is null)
{
    Console.Error.WriteLine($"unknown format '{args[2]}': use markdown, text, html or json");
    return 2;
}

using var stream = File.OpenRead(args[0]);
var read = ProfileJson.Read(stream);
foreach (var warning in read.Warnings)
{
    Console.Error.WriteLine("warning: " + warning);
}

if (read.Profile is null)
{
    foreach (var error in read.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 1;
}

var explanation = OncoExplainer.Create().Explain(read.Profile, new ExplanationOptions { Culture = culture });
Console.Error.WriteLine($"culture requested {explanation.RequestedCulture}, used {explanation.Culture}; knowledge {explanation.KnowledgeVersion}");
Console.WriteLine(ExplanationRenderer.Render(explanation, format.Value));
return 0;
