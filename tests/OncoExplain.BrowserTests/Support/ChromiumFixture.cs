using Microsoft.Playwright;

namespace OncoExplain.BrowserTests.Support;

/// <summary>
/// One headless Debian Chromium for the whole test assembly, started by Playwright through its executable path: the
/// Node.js driver shipped inside the Microsoft.Playwright package runs offline and no browser is ever downloaded.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser; skips (or fails, when required) the calling test when Chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_browser is null)
            {
                BrowserEnvironment.Unavailable(
                    $"Chromium was not found at {BrowserEnvironment.ChromiumPath}: install Debian's chromium (as .ci/run does) or set {BrowserEnvironment.ChromiumVariable}.");
            }

            return _browser!;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!BrowserEnvironment.HasChromium)
        {
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = Flags,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
