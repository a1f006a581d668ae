using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OncoExplain;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers OncoExplain in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class OncoExplainServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IExplainer"/> and <see cref="IEligibilityEngine"/> as singletons, configured through
    /// <see cref="IOptions{TOptions}"/> of <see cref="OncoExplainOptions"/>.
    /// </summary>
    /// <remarks>
    /// <para>Registrations use <c>TryAdd</c>: an <see cref="IExplainer"/> or <see cref="IEligibilityEngine"/> you register
    /// yourself, before or after this call, is the one resolved. Calling this method again adds only the
    /// <paramref name="configure"/> action; every action runs, in registration order.</para>
    /// <para>Nothing else is required: it works in a bare <see cref="ServiceCollection"/> (no host, no logging) and in a
    /// generic host. The options are read and validated once, when the explainer is first resolved (and at host start);
    /// later changes to the options object do not affect that explainer.</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the default culture, audience, text overrides or strict missing-text mode; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddOncoExplain(this IServiceCollection services, Action<OncoExplainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<OncoExplainOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OncoExplainOptions>, OncoExplainOptionsValidator>());
        services.TryAddSingleton<IEligibilityEngine>(EligibilityEngine.Default);
        services.TryAddSingleton<IExplainer>(static provider => new Explainer(
            provider.GetRequiredService<IOptions<OncoExplainOptions>>().Value,
            provider.GetRequiredService<IEligibilityEngine>()));
        return services;
    }
}
