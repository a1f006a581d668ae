using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Rendering;

/// <summary>
/// The committed Markdown of every example in docs/examples/rendered must match what the library renders today, so a
/// change in output is always a deliberate one. Regenerate with <c>ONCOEXPLAIN_UPDATE_RENDERED=1 dotnet test ...</c>.
/// </summary>
public sealed class RenderedExamplesTests
{
    /// <summary>The examples every translation is pinned on (one pancreatic, one colorectal).</summary>
    public static readonly string[] TranslatedExamples = ["pancreatic-germline-brca2.json", "colorectal-left-ras-braf-wildtype-liver-only-resectable.json"];

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in Profiles.ExampleFiles())
        {
            data.Add(CultureChain.Neutral, example);
        }

        foreach (var culture in SupportedCultures.Names.Where(c => c != CultureChain.Neutral))
        {
            foreach (var example in TranslatedExamples)
            {
                data.Add(culture, example);
            }
        }

        return data;
    }

    [Fact]
    public void Every_shipped_culture_has_rendered_examples()
    {
        var cultures = Examples().Select(row => row.Data.Item1).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(SupportedCultures.Names.Order(StringComparer.Ordinal), cultures);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rendered_markdown_is_up_to_date(string culture, string example)
    {
        var explanation = OncoExplainer.Create(new OncoExplainOptions { ThrowOnMissingText = true })
            .Explain(Profiles.Example(example), new ExplanationOptions { Culture = culture });
        var markdown = ExplanationRenderer.Render(explanation, ExplanationFormat.Markdown);
        var folder = culture == CultureChain.Neutral
            ? RepositoryFiles.PathOf("docs", "examples", "rendered")
            : RepositoryFiles.PathOf("docs", "examples", "rendered", culture);
        var path = Path.Combine(folder, Path.ChangeExtension(example, ".md"));

        if (Environment.GetEnvironmentVariable("ONCOEXPLAIN_UPDATE_RENDERED") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, markdown);
        }

        Assert.True(File.Exists(path), $"{path} is missing. Regenerate with ONCOEXPLAIN_UPDATE_RENDERED=1 dotnet test --project tests/OncoExplain.Tests.");
        Assert.True(
            File.ReadAllText(path) == markdown,
            $"{path} is out of date. Regenerate with ONCOEXPLAIN_UPDATE_RENDERED=1 dotnet test --project tests/OncoExplain.Tests and review the diff.");
    }
}
