using System.Text;
using System.Text.RegularExpressions;
using OncoExplain.BrowserTests.Support;
using OncoExplain.Tests.Support;

namespace OncoExplain.BrowserTests;

/// <summary>The page needs nothing from outside itself, and prints.</summary>
public sealed partial class SelfContainedPageTests(ChromiumFixture chromium)
{
    public static TheoryData<string> Examples() => new(Profiles.ExampleFiles());

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_page_makes_no_request_and_runs_no_script(string example)
    {
        await using var page = await LoadedPage.OpenAsync(chromium.Browser, RenderedPages.Html(Profiles.Example(example)));

        Assert.Empty(page.OtherRequests);
        Assert.Equal(0, await page.Page.EvaluateAsync<int>("() => document.scripts.length"));
        Assert.Empty(page.ConsoleMessages);
        Assert.Empty(page.PageErrors);
    }

    [Fact]
    public async Task Page_prints_to_a_pdf_of_several_pages_and_screenshots()
    {
        await using var page = await LoadedPage.OpenAsync(chromium.Browser, RenderedPages.Html(Profiles.Example("pancreatic-germline-brca2.json")));

        var pdf = await page.Page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        var screenshot = await page.Page.ScreenshotAsync(new() { FullPage = false });
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "pancreatic-germline-brca2.png"), screenshot, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "pancreatic-germline-brca2.pdf"), pdf, TestContext.Current.CancellationToken);

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.InRange(PdfPage().Count(Encoding.Latin1.GetString(pdf)), 2, 40);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], screenshot[..4]);
        Assert.Empty(page.OtherRequests);
    }

    [GeneratedRegex(@"/Type\s*/Page\b")]
    private static partial Regex PdfPage();
}
