using Microsoft.Extensions.DependencyInjection;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Safety;

/// <summary>
/// One <see cref="IExplainer"/> (the DI singleton) called from many threads at once, released together, gives
/// byte-identical output to a single-threaded run, in every shipped culture, both audiences and every format.
/// </summary>
public sealed class ConcurrencyStressTests(ITestOutputHelper output)
{
    private const int Threads = 16;
    private const int CallsPerThread = 150;

    [Fact]
    public void Many_threads_on_one_explainer_give_the_single_threaded_bytes()
    {
        using var provider = new ServiceCollection().AddOncoExplain().BuildServiceProvider();
        var explainer = provider.GetRequiredService<IExplainer>();
        var work = (
            from example in Profiles.ExampleFiles()
            from culture in SupportedCultures.Names
            from audience in new[] { Audience.Caregiver, Audience.Clinician }
            select (Profile: Profiles.Example(example), Culture: culture, Audience: audience)).ToArray();
        string[] Render(int item)
        {
            var (profile, culture, audience) = work[item];
            var explanation = explainer.Explain(profile, new ExplanationOptions { Culture = culture, Audience = audience });
            return [.. Enum.GetValues<ExplanationFormat>().Select(f => ExplanationRenderer.Render(explanation, f))];
        }

        var expected = Enumerable.Range(0, work.Length).Select(Render).ToArray();
        var mismatches = 0;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var call = 0; call < CallsPerThread; call++)
            {
                var item = ((t * 7919) + (call * 31)) % work.Length;
                if (!Render(item).SequenceEqual(expected[item], StringComparer.Ordinal))
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        output.WriteLine($"{Threads} threads × {CallsPerThread} calls = {Threads * CallsPerThread} explanations, each rendered in 4 formats, over {work.Length} (example, culture, audience) items, in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(0, mismatches);
    }
}
