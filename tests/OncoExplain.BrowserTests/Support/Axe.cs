using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace OncoExplain.BrowserTests.Support;

/// <summary>Runs axe-core, read from the npm package on disk (never a CDN), on a loaded page.</summary>
internal static class Axe
{
    /// <summary>
    /// The WCAG 2.0 and 2.1 level A and AA rules the issue asks for, plus the 2.2 AA and best-practice rules (headings,
    /// landmarks), which the pages meet too.
    /// </summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private const string Run = """
        async (tags) => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return JSON.stringify({
            version: axe.version,
            passed: result.passes.map(r => r.id),
            inapplicable: result.inapplicable.length,
            incomplete: result.incomplete.map(r => r.id),
            violations: result.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')),
            })),
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<string?> Source = new(() => File.Exists(BrowserEnvironment.AxePath) ? File.ReadAllText(BrowserEnvironment.AxePath) : null);

    /// <summary>The axe-core script; skips (or fails, when required) the calling test when it is not installed.</summary>
    public static string Script
    {
        get
        {
            if (Source.Value is null)
            {
                BrowserEnvironment.Unavailable(
                    $"axe-core was not found at {BrowserEnvironment.AxePath}: run .ci/run once (it installs the npm package) or set {BrowserEnvironment.AxeVariable}.");
            }

            return Source.Value!;
        }
    }

    public static async Task<AxeResult> RunAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script });
        var json = await page.EvaluateAsync<string>(Run, Tags);
        return JsonSerializer.Deserialize<AxeResult>(json, Json) ?? throw new InvalidOperationException("axe-core returned nothing");
    }
}

/// <summary>What axe-core found on one page.</summary>
internal sealed record AxeResult(string Version, string[] Passed, int Inapplicable, string[] Incomplete, AxeViolation[] Violations)
{
    public IEnumerable<AxeViolation> SeriousOrCritical => Violations.Where(v => v.Impact is "serious" or "critical");

    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("axe-core ").Append(Version).Append(": ").Append(Passed.Length).Append(" rules passed (").Append(string.Join(", ", Passed)).Append("), ").Append(Inapplicable).Append(" inapplicable, ")
            .Append(Violations.Length).Append(" violated; needs review: ").Append(Incomplete.Length == 0 ? "none" : string.Join(", ", Incomplete)).Append('\n');
        foreach (var violation in Violations)
        {
            text.Append(violation.Describe()).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>One violated rule, with the elements it was found on.</summary>
internal sealed record AxeViolation(string Id, string? Impact, string Help, string[] Targets)
{
    public string Describe() => $"  [{Impact ?? "unknown"}] {Id}: {Help}\n    at {string.Join("\n    at ", Targets.Take(10))}"
        + (Targets.Length > 10 ? $"\n    … and {Targets.Length - 10} more" : "");
}
