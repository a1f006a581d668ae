namespace OncoExplain.BrowserTests.Support;

/// <summary>
/// Where the browser tests find Debian's Chromium and axe-core, and what they do when one is missing: skip on a developer
/// machine, fail where <c>ONCOEXPLAIN_BROWSER_TESTS=required</c> (set by <c>.ci/run</c>, which installs both).
/// </summary>
internal static class BrowserEnvironment
{
    public const string ChromiumVariable = "ONCOEXPLAIN_CHROMIUM_PATH";
    public const string AxeVariable = "ONCOEXPLAIN_AXE_PATH";
    public const string RequiredVariable = "ONCOEXPLAIN_BROWSER_TESTS";

    private const string DefaultChromium = "/usr/bin/chromium";

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>axe.min.js from the npm package: the variable, else where <c>.ci/run</c> installs it.</summary>
    public static string AxePath => Environment.GetEnvironmentVariable(AxeVariable) is { Length: > 0 } path
        ? path
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "oncoexplain", "axe-core", "node_modules", "axe-core", "axe.min.js");

    public static bool Required => string.Equals(Environment.GetEnvironmentVariable(RequiredVariable), "required", StringComparison.OrdinalIgnoreCase);

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>Skips the running test, or fails it when the browser tests are required.</summary>
    public static void Unavailable(string reason)
    {
        if (Required)
        {
            Assert.Fail($"{reason} ({RequiredVariable}=required, so this is a failure, not a skip)");
        }

        Assert.Skip(reason);
    }
}
