using Microsoft.Extensions.DependencyInjection;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Integration;

/// <summary>The singleton explainer is shared by every request: concurrent calls must give what sequential calls give.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Concurrent_calls_on_the_singleton_give_the_sequential_results()
    {
        using var provider = new ServiceCollection().AddOncoExplain().BuildServiceProvider();
        var explainer = provider.GetRequiredService<IExplainer>();
        var work = Profiles.ExampleFiles()
            .SelectMany(file => new[] { Audience.Caregiver, Audience.Clinician }.Select(audience => (Profile: Profiles.Example(file), Audience: audience)))
            .ToArray();
        string Render((TumourProfile Profile, Audience Audience) item) =>
            ExplanationRenderer.Render(explainer.Explain(item.Profile, new ExplanationOptions { Audience = item.Audience }), ExplanationFormat.Json);
        var sequential = work.Select(Render).ToArray();

        var concurrent = new string[work.Length * 4];
        Parallel.For(0, concurrent.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = Render(work[i % work.Length]));

        for (var i = 0; i < concurrent.Length; i++)
        {
            Assert.Equal(sequential[i % work.Length], concurrent[i]);
        }
    }
}
