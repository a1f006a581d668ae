namespace OncoExplain.BrowserTests.Support;

/// <summary>How many elements a loaded page has and its title: text that stays text changes neither.</summary>
internal sealed record PageShape(int Elements, string Title)
{
    public static async Task<PageShape> OfAsync(LoadedPage page) =>
        new(await page.Page.EvaluateAsync<int>("() => document.getElementsByTagName('*').length"), await page.Page.TitleAsync());
}
