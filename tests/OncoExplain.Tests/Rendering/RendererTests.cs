using System.Text.Json;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Rendering;

public sealed class RendererTests
{
    private const string HostileId = "<script>alert('x')</script> & \"quotes\" [link](http://evil) *bold*";

    private static readonly Explanation Hostile =
        OncoExplainer.Create().Explain(new TumourProfile(CancerType.Colorectal, id: HostileId, metastaticSites: [MetastaticSite.Liver]));

    [Fact]
    public void Html_is_a_complete_self_contained_page_with_the_language_set()
    {
        var html = ExplanationRenderer.Render(Hostile, ExplanationFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<main>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_caller_text_so_it_cannot_add_links_or_markup()
    {
        var markdown = ExplanationRenderer.Render(Hostile, ExplanationFormat.Markdown);

        Assert.Contains(@"\<script\>", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\[link\](http://evil) \*bold\*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_contract_fields()
    {
        using var json = JsonDocument.Parse(ExplanationRenderer.Render(Hostile, ExplanationFormat.Json));
        var root = json.RootElement;

        foreach (var field in new[] { "culture", "knowledgeVersion", "id", "title", "summary", "sections", "findings", "questions", "supportiveCare", "faq", "glossary", "sources", "warnings", "disclaimer", "readability" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal(HostileId, root.GetProperty("id").GetString());
        Assert.Equal("en", root.GetProperty("culture").GetString());
    }

    [Theory]
    [InlineData(ExplanationFormat.Text)]
    [InlineData(ExplanationFormat.Markdown)]
    [InlineData(ExplanationFormat.Html)]
    [InlineData(ExplanationFormat.Json)]
    public void Every_format_carries_the_disclaimer_and_knowledge_version(ExplanationFormat format)
    {
        var output = ExplanationRenderer.Render(Hostile, format);

        Assert.Contains("not medical advice", output, StringComparison.Ordinal);
        Assert.Contains(KnowledgeBase.Current.Version, output, StringComparison.Ordinal);
    }
}
