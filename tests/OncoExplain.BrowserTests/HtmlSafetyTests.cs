using Microsoft.Playwright;
using OncoExplain.BrowserTests.Support;

namespace OncoExplain.BrowserTests;

/// <summary>
/// A profile whose caller label carries script and markup, rendered to HTML and loaded in Chromium with scripts enabled:
/// nothing runs, nothing is added to the page, nothing is fetched, and the label reads exactly as the caller wrote it.
/// </summary>
public sealed class HtmlSafetyTests(ChromiumFixture chromium)
{
    private const string EventHandlerAttributes = """
        () => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))
                .filter(name => name.startsWith('on') || name === 'autofocus' || name === 'srcdoc').length
        """;

    private const string SettleEvents = "() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 100)))";

    private static readonly Lock HarmlessGate = new();
    private static Task<PageShape>? s_harmless;

    public static TheoryData<string> Ids() => new(HostileIds.All);

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Hostile_caller_text_shows_literally_and_runs_nothing(string id)
    {
        var browser = chromium.Browser;
        var harmless = await HarmlessShapeAsync(browser);
        await using var hostile = await LoadedPage.OpenAsync(browser, Page(id));
        var label = hostile.Page.Locator("header p.label");
        await label.DispatchEventAsync("mouseover");
        await label.DispatchEventAsync("focus");
        await hostile.Page.EvaluateAsync(SettleEvents);

        Assert.True(await hostile.Page.EvaluateAsync<bool>($"() => typeof window.{HostileIds.Sentinel} === 'undefined'"), "injected script ran");
        Assert.Empty(hostile.Dialogs);
        Assert.Empty(hostile.PageErrors);
        Assert.Empty(hostile.ConsoleMessages);
        Assert.Empty(hostile.OtherRequests);
        Assert.Equal(0, await hostile.Page.EvaluateAsync<int>(EventHandlerAttributes));
        Assert.Equal(harmless, await PageShape.OfAsync(hostile));
        Assert.Equal(id, await label.InnerTextAsync());
        Assert.True(await label.IsVisibleAsync(), "the label is hidden");
    }

    /// <summary>The shape of the same page with a harmless label, measured once for all cases.</summary>
    private static Task<PageShape> HarmlessShapeAsync(IBrowser browser)
    {
        lock (HarmlessGate)
        {
            return s_harmless ??= MeasureAsync(browser);
        }

        static async Task<PageShape> MeasureAsync(IBrowser browser)
        {
            await using var harmless = await LoadedPage.OpenAsync(browser, Page("harmless label"));
            return await PageShape.OfAsync(harmless);
        }
    }

    private static string Page(string id) =>
        RenderedPages.Html(new TumourProfile(CancerType.Colorectal, id: id, stage: StageGroup.IV, metastaticSites: [MetastaticSite.Liver]));
}
