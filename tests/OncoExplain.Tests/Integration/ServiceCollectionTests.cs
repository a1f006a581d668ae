using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Integration;

/// <summary><c>AddOncoExplain</c> in a bare container: no host, no logging, no configuration.</summary>
public sealed class ServiceCollectionTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    private static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(Strict);
    }

    [Fact]
    public void A_bare_container_resolves_one_explainer_that_writes_what_the_host_free_one_writes()
    {
        using var provider = Build(s => s.AddOncoExplain());
        var profile = Profiles.Example("pancreatic-germline-brca2.json");

        var explainer = provider.GetRequiredService<IExplainer>();

        Assert.Same(explainer, provider.GetRequiredService<IExplainer>());
        Assert.Same(EligibilityEngine.Default, provider.GetRequiredService<IEligibilityEngine>());
        Assert.Equal(
            ExplanationRenderer.Render(OncoExplainer.Create().Explain(profile), ExplanationFormat.Json),
            ExplanationRenderer.Render(explainer.Explain(profile), ExplanationFormat.Json));
    }

    [Fact]
    public void Configure_sets_the_default_audience_culture_and_text_overrides()
    {
        using var provider = Build(s => s.AddOncoExplain(o =>
        {
            o.DefaultAudience = Audience.Clinician;
            o.DefaultCulture = "en-GB";
            o.TextOverrides.Add("en", "Label.Summary", "At a glance");
        }));

        var explanation = provider.GetRequiredService<IExplainer>().Explain(Profiles.Pancreatic());

        Assert.Equal(Audience.Clinician, explanation.Audience);
        Assert.Equal("en-GB", explanation.RequestedCulture);
        Assert.Equal("en", explanation.Culture);
        Assert.Equal("At a glance", explanation.Labels.Summary);
    }

    [Fact]
    public void An_explainer_the_integrator_registered_first_is_kept()
    {
        var own = new FixedExplainer();
        using var provider = Build(s => s.AddSingleton<IExplainer>(own).AddOncoExplain());

        Assert.Same(own, provider.GetRequiredService<IExplainer>());
        Assert.Single(provider.GetServices<IExplainer>());
    }

    [Fact]
    public void An_eligibility_engine_the_integrator_registered_first_is_the_one_the_explainer_uses()
    {
        var engine = new RecordingEngine();
        using var provider = Build(s => s.AddSingleton<IEligibilityEngine>(engine).AddOncoExplain());

        var explanation = provider.GetRequiredService<IExplainer>().Explain(Profiles.Pancreatic());

        Assert.Equal(1, engine.Calls);
        Assert.NotEmpty(explanation.Findings);
    }

    [Fact]
    public void Calling_it_twice_registers_once_and_runs_every_configure_action()
    {
        var services = new ServiceCollection()
            .AddOncoExplain(o => o.DefaultAudience = Audience.Clinician)
            .AddOncoExplain(o => o.TextOverrides.Add("en", "Label.Summary", "At a glance"));
        using var provider = services.BuildServiceProvider(Strict);

        var explanation = provider.GetRequiredService<IExplainer>().Explain(Profiles.Pancreatic());

        Assert.Single(services, d => d.ServiceType == typeof(IExplainer));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<OncoExplainOptions>));
        Assert.Equal(Audience.Clinician, explanation.Audience);
        Assert.Equal("At a glance", explanation.Labels.Summary);
    }

    [Theory]
    [InlineData("", "DefaultCulture")]
    [InlineData("fr CA", "DefaultCulture")]
    [InlineData("en-", "DefaultCulture")]
    public void Invalid_options_fail_when_the_explainer_is_resolved(string culture, string named)
    {
        using var provider = Build(s => s.AddOncoExplain(o => o.DefaultCulture = culture));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IExplainer>());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_audience_fails_when_the_explainer_is_resolved()
    {
        using var provider = Build(s => s.AddOncoExplain(o => o.DefaultAudience = (Audience)42));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IExplainer>());

        Assert.Contains("DefaultAudience", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_for_an_unknown_key_fails_when_the_explainer_is_resolved()
    {
        using var provider = Build(s => s.AddOncoExplain(o => o.TextOverrides.Add("en", "No.Such.Key", "text")));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IExplainer>());

        Assert.Contains("No.Such.Key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_options_object_after_resolution_does_not_change_the_explainer()
    {
        using var provider = Build(s => s.AddOncoExplain());
        var explainer = provider.GetRequiredService<IExplainer>();
        var options = provider.GetRequiredService<IOptions<OncoExplainOptions>>().Value;
        var before = explainer.Explain(Profiles.Pancreatic()).Labels.Summary;

        options.TextOverrides.Add("en", "Label.Summary", "Changed later");
        options.DefaultAudience = Audience.Clinician;
        var after = explainer.Explain(Profiles.Pancreatic());

        Assert.Equal(before, after.Labels.Summary);
        Assert.Equal(Audience.Caregiver, after.Audience);
    }

    [Fact]
    public void A_null_service_collection_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => OncoExplainServiceCollectionExtensions.AddOncoExplain(null!));
    }
}
