namespace OncoExplain.Benchmarks;

/// <summary>
/// What an engine's shared tables hold after evaluating a cohort of distinct profiles: their entry counts and the managed
/// memory they keep (the heap after a full collection with the engine alive, minus the heap before it evaluated anything).
/// Backs the figure in docs/performance.md; not a timing, so it is not a benchmark.
/// </summary>
internal static class CacheFootprint
{
    public static void Report(int count, TextWriter output)
    {
        var cohort = SyntheticCohort.Profiles(count);
        var engine = new EligibilityEngine(KnowledgeBase.Current);
        engine.Evaluate(SampleProfiles.Colorectal);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        foreach (var profile in cohort)
        {
            engine.Evaluate(profile);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var caches = engine.Caches!;
        output.WriteLine($"profiles: {count:N0}");
        output.WriteLine($"shared evaluations: {caches.Evaluations.Count:N0}");
        output.WriteLine($"shared findings: {caches.Findings.Count:N0}");
        output.WriteLine($"shared result parts: {caches.Results.Count:N0}");
        output.WriteLine($"memory kept by the tables: {(after - before) / 1024.0 / 1024.0:N2} MB");
        GC.KeepAlive(cohort);
        GC.KeepAlive(engine);
    }
}
