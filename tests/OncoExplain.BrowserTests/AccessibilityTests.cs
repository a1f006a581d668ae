using OncoExplain.BrowserTests.Support;
using OncoExplain.Tests.Support;

namespace OncoExplain.BrowserTests;

/// <summary>Every example profile's page, for both audiences, checked in Chromium with axe-core's WCAG 2.1 A/AA rules.</summary>
public sealed class AccessibilityTests(ChromiumFixture chromium)
{
    public static TheoryData<string, Audience> Pages()
    {
        var pages = new TheoryData<string, Audience>();
        foreach (var file in Profiles.ExampleFiles())
        {
            pages.Add(file, Audience.Caregiver);
            pages.Add(file, Audience.Clinician);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Example_page_has_no_serious_or_critical_accessibility_violations(string example, Audience audience)
    {
        _ = Axe.Script; // skips here, before any work, when axe-core is not installed
        var html = RenderedPages.Html(Profiles.Example(example), audience);
        await using var page = await LoadedPage.OpenAsync(chromium.Browser, html);

        var result = await Axe.RunAsync(page.Page);

        TestContext.Current.TestOutputHelper?.WriteLine(result.Describe());
        Assert.True(result.Passed.Length > 0, "axe-core checked no rule at all");
        Assert.True(!result.SeriousOrCritical.Any(), $"{example} ({audience}): serious or critical accessibility violations\n{result.Describe()}");
    }
}
