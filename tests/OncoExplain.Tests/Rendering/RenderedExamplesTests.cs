using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Rendering;

/// <summary>
/// The committed Markdown of every example in docs/examples/rendered must match what the library renders today, so a
/// change in output is always a deliberate one. Regenerate with <c>ONCOEXPLAIN_UPDATE_RENDERED=1 dotnet test ...</c>.
/// </summary>
public sealed class RenderedExamplesTests
{
    public static TheoryData<string> Examples() => [.. Profiles.ExampleFiles()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rendered_markdown_is_up_to_date(string example)
    {
        var explanation = OncoExplainer.Create(new OncoExplainOptions { ThrowOnMissingText = true }).Explain(Profiles.Example(example));
        var markdown = ExplanationRenderer.Render(explanation, ExplanationFormat.Markdown);
        var path = RepositoryFiles.PathOf("docs", "examples", "rendered", Path.ChangeExtension(example, ".md"));

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
