using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Safety;

/// <summary>Every docs/examples profile rendered in every shipped culture and format, with a strict explainer.</summary>
internal static partial class RenderedOutputs
{
    private static readonly ConcurrentDictionary<(Audience, string, bool), Rendered[]> Cache = new();

    /// <summary>The strict explainer: a missing text throws instead of falling back to English.</summary>
    public static IExplainer Explainer { get; } = OncoExplainer.Create(new OncoExplainOptions { ThrowOnMissingText = true });

    /// <summary>The default explainer, as callers and the CLI get it.</summary>
    public static IExplainer DefaultExplainer { get; } = OncoExplainer.Create();

    /// <summary>Every example in one culture and every format (computed once), by the strict or the default explainer.</summary>
    public static IReadOnlyList<Rendered> For(string culture, Audience audience = Audience.Caregiver, bool strict = true) =>
        Cache.GetOrAdd((audience, culture, strict), key => [.. Render(key.Item1, key.Item2, key.Item3 ? Explainer : DefaultExplainer)]);

    /// <summary>Every example in every shipped culture and format, in a stable order.</summary>
    public static IEnumerable<Rendered> All(Audience audience = Audience.Caregiver, bool strict = true) =>
        SupportedCultures.Names.SelectMany(culture => For(culture, audience, strict));

    private static IEnumerable<Rendered> Render(Audience audience, string culture, IExplainer explainer)
    {
        foreach (var example in Profiles.ExampleFiles())
        {
            var explanation = explainer.Explain(Profiles.Example(example), new ExplanationOptions { Culture = culture, Audience = audience });
            foreach (var format in Enum.GetValues<ExplanationFormat>())
            {
                yield return new(example, culture, format, explanation, ExplanationRenderer.Render(explanation, format));
            }
        }
    }

    /// <summary>The reader-visible words of an output: tags removed, entities and Markdown escapes undone, white space collapsed.</summary>
    public static string Visible(string output)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(output, " "));
        return Space().Replace(MarkdownEscape().Replace(text, string.Empty), " ");
    }

    /// <summary>One rendered output.</summary>
    internal sealed record Rendered(string Example, string Culture, ExplanationFormat Format, Explanation Explanation, string Output);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\\(?=[\p{P}\p{S}])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
