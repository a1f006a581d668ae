using Microsoft.Extensions.DependencyInjection;

namespace OncoExplain.AotSmoke;

/// <summary>
/// Reads a profile, round-trips it through JSON, explains it in English and French through the DI-registered explainer,
/// writes each explanation as JSON and checks what was written. Returns one message per failed check.
/// </summary>
internal static class SmokeRun
{
    private static readonly string[] Cultures = ["en", "fr"];

    public static List<string> Run(string profilePath, string outputFolder, TextWriter log)
    {
        var failures = new List<string>();
        using var stream = File.OpenRead(profilePath);
        var read = ProfileJson.Read(stream);
        if (read.Profile is not { } profile)
        {
            failures.AddRange(read.Errors.Select(e => "profile invalid: " + e));
            return failures;
        }

        failures.AddRange(ProfileRoundTrip.Check(profile));

        using var services = new ServiceCollection()
            .AddOncoExplain(o => o.ThrowOnMissingText = true)
            .BuildServiceProvider();
        var explainer = services.GetRequiredService<IExplainer>();

        Directory.CreateDirectory(outputFolder);
        var written = new Dictionary<string, ExplanationFacts>(StringComparer.Ordinal);
        foreach (var culture in Cultures)
        {
            Explanation explanation;
            try
            {
                explanation = explainer.Explain(profile, new ExplanationOptions { Culture = culture });
            }
            catch (MissingTextException exception)
            {
                failures.Add($"{culture}: {exception.Message}");
                continue;
            }

            var json = ExplanationRenderer.Render(explanation, ExplanationFormat.Json);
            var path = Path.Combine(outputFolder, $"explanation.{culture}.json");
            File.WriteAllText(path, json);

            var facts = ExplanationFacts.Parse(File.ReadAllText(path));
            written[culture] = facts;
            log.WriteLine($"{culture}: culture used {facts.Culture}, {facts.SectionCount} sections, {facts.FindingCount} findings -> {path}");
            failures.AddRange(ExplanationChecks.Check(culture, facts).Select(f => $"{culture}: {f}"));
        }

        if (written.TryGetValue("en", out var english) && written.TryGetValue("fr", out var french))
        {
            failures.AddRange(ExplanationChecks.CheckTranslation(english, french));
        }

        return failures;
    }
}
