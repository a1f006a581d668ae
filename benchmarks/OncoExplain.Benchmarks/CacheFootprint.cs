namespace OncoExplain.Benchmarks;

/// <summary>
/// What the shared tables hold after a cohort of distinct profiles: the engine's entry counts and the managed memory its
/// tables keep, then what an explainer keeps on top for one culture (its engine's tables, the written findings and the
/// glossary terms of composed texts). Memory is the heap after a full collection with the owner alive, minus the heap
/// before it saw the cohort. Backs the figures in docs/performance.md; not a timing, so not a benchmark.
/// </summary>
internal static class CacheFootprint
{
    public static void Report(int count, TextWriter output)
    {
        var cohort = SyntheticCohort.Profiles(count);
        output.WriteLine($"profiles: {count:N0}");

        var engine = new EligibilityEngine(KnowledgeBase.Current);
        var kept = Kept(engine, e => e.Evaluate(SampleProfiles.Colorectal), e =>
        {
            foreach (var profile in cohort)
            {
                e.Evaluate(profile);
            }
        });
        var caches = engine.Caches!;
        output.WriteLine($"shared evaluations: {caches.Evaluations.Count:N0}");
        output.WriteLine($"shared findings: {caches.Findings.Count:N0}");
        output.WriteLine($"shared result parts: {caches.Results.Count:N0}");
        output.WriteLine($"memory kept by the engine's tables: {Megabytes(kept)}");

        var english = new ExplanationOptions { Culture = "en" };
        var explainer = OncoExplainer.Create();
        kept = Kept(explainer, x => x.Explain(SampleProfiles.Colorectal, english), x =>
        {
            foreach (var profile in cohort)
            {
                x.Explain(profile, english);
            }
        });
        output.WriteLine($"memory kept by an explainer, one culture: {Megabytes(kept)}");
        GC.KeepAlive(cohort);
    }

    private static long Kept<T>(T owner, Action<T> warm, Action<T> run)
    {
        warm(owner);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        run(owner);
        GC.Collect();
        GC.WaitForPendingFinalizers();   // so that nothing waiting for a finalizer is counted as kept
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(owner);
        return after - before;
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:N2} MB";
}
