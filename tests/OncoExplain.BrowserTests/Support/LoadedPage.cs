using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace OncoExplain.BrowserTests.Support;

/// <summary>
/// An HTML string loaded as a real navigation in its own browser context with scripts enabled. The page itself is served
/// from a route; every other request is recorded and aborted, and dialogs, console messages and page errors are recorded,
/// so a test can tell whether anything in the page ran or reached out.
/// </summary>
internal sealed class LoadedPage : IAsyncDisposable
{
    /// <summary>The address the page is served at (a reserved name: nothing outside the browser is ever asked).</summary>
    public const string Address = "https://oncoexplain.test/explanation.html";

    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _dialogs = new();
    private readonly ConcurrentQueue<string> _console = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private LoadedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Every request after the page's own, served or not (sub-resources, navigations, fetches).</summary>
    public IReadOnlyCollection<string> OtherRequests => _requests;

    public IReadOnlyCollection<string> Dialogs => _dialogs;

    public IReadOnlyCollection<string> ConsoleMessages => _console;

    public IReadOnlyCollection<string> PageErrors => _errors;

    public static async Task<LoadedPage> OpenAsync(IBrowser browser, string html)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = true, ViewportSize = new ViewportSize { Width = 1024, Height = 768 } });
        context.SetDefaultTimeout(5_000);
        var page = await context.NewPageAsync();
        var loaded = new LoadedPage(context, page);
        var requested = 0;
        var served = 0;

        page.Request += (_, request) =>
        {
            if (!IsThePage(request, ref requested))
            {
                loaded._requests.Enqueue($"{request.ResourceType} {request.Method} {request.Url}");
            }
        };
        page.Dialog += (_, dialog) =>
        {
            loaded._dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) => loaded._console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => loaded._errors.Enqueue(error);

        await context.RouteAsync("**/*", async route =>
        {
            if (IsThePage(route.Request, ref served))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html });
                return;
            }

            await route.AbortAsync("blockedbyclient");
        });

        try
        {
            var response = await page.GotoAsync(Address, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
            return loaded;
        }
        catch
        {
            await loaded.DisposeAsync();
            throw;
        }
    }

    /// <summary>The first navigation to <see cref="Address"/> is the page; anything after it is another request.</summary>
    private static bool IsThePage(IRequest request, ref int seen) =>
        request.Url == Address && request.IsNavigationRequest && Interlocked.Exchange(ref seen, 1) == 0;

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
