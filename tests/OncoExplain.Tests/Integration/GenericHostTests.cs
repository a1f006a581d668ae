using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Integration;

/// <summary><c>AddOncoExplain</c> inside a generic host, with its logging, configuration and start-up validation.</summary>
public sealed class GenericHostTests
{
    private static HostApplicationBuilder NewBuilder()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        return builder;
    }

    [Fact]
    public async Task A_started_host_resolves_the_configured_explainer()
    {
        var builder = NewBuilder();
        builder.Services.AddOncoExplain(o => o.TextOverrides.Add("en", "Label.Summary", "At a glance"));
        using var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);

        var explainer = host.Services.GetRequiredService<IExplainer>();
        var explanation = explainer.Explain(Profiles.Example("colorectal-msi-high-dmmr.json"));

        Assert.Same(explainer, host.Services.GetRequiredService<IExplainer>());
        Assert.Equal("At a glance", explanation.Labels.Summary);
        Assert.Equal(KnowledgeBase.Current.Version, explanation.KnowledgeVersion);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Invalid_options_stop_the_host_from_starting()
    {
        var builder = NewBuilder();
        builder.Services.AddOncoExplain(o => o.DefaultCulture = "not a culture");
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("DefaultCulture", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_bind_from_configuration()
    {
        var builder = NewBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OncoExplain:DefaultAudience"] = "Clinician",
            ["OncoExplain:DefaultCulture"] = "en-US",
            ["OncoExplain:ThrowOnMissingText"] = "true",
        });
        builder.Services.AddOncoExplain();
        builder.Services.Configure<OncoExplainOptions>(builder.Configuration.GetSection("OncoExplain"));
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<IOptions<OncoExplainOptions>>().Value;
        var explanation = host.Services.GetRequiredService<IExplainer>().Explain(Profiles.Pancreatic());

        Assert.True(options.ThrowOnMissingText);
        Assert.Equal(Audience.Clinician, explanation.Audience);
        Assert.Equal("en-US", explanation.RequestedCulture);
    }
}
