using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OncoExplain.Eligibility.Caching;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Eligibility;

/// <summary>
/// The engine's shared tables change how much is allocated, never what is answered: a cached engine, warm or cold, with room
/// or full, alone or under threads, gives the result an engine without tables computes.
/// </summary>
public sealed class EngineCacheTests
{
    private static readonly EligibilityEngine Uncached = new(KnowledgeBase.Current, caches: null);

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 500)]
    public bool A_cached_engine_answers_what_an_uncached_engine_computes_cold_and_warm(TumourProfile profile)
    {
        var cached = new EligibilityEngine(KnowledgeBase.Current);
        var expected = Uncached.Evaluate(profile);
        return cached.Evaluate(profile) == expected && cached.Evaluate(profile) == expected;
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 100)]
    public bool The_shared_default_engine_stays_right_after_thousands_of_other_profiles(NonEmptyArray<TumourProfile> profiles) =>
        profiles.Get.All(p => EligibilityEngine.Default.Evaluate(p) == Uncached.Evaluate(p));

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 200)]
    public bool Equal_profiles_share_their_findings(TumourProfile profile)
    {
        var engine = new EligibilityEngine(KnowledgeBase.Current);
        var first = engine.Evaluate(profile);
        var copy = ProfileJson.Read(ProfileJson.Write(profile)).Profile!;
        var second = engine.Evaluate(copy);
        return second == first && first.Findings.Zip(second.Findings).All(pair => ReferenceEquals(pair.First, pair.Second));
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 200)]
    public bool A_full_table_falls_back_to_computing_and_never_grows(NonEmptyArray<TumourProfile> profiles)
    {
        const int capacity = 2;
        var caches = new EngineCaches(capacity);
        var engine = new EligibilityEngine(KnowledgeBase.Current, caches);
        var right = profiles.Get.Concat(profiles.Get).All(p => engine.Evaluate(p) == Uncached.Evaluate(p));
        return right
            && caches.Evaluations.Count <= capacity
            && caches.Findings.Count <= capacity * 2
            && caches.Results.Count <= capacity;
    }

    [Fact]
    public void A_table_without_room_shares_nothing_and_answers_the_same()
    {
        var caches = new EngineCaches(0);
        var engine = new EligibilityEngine(KnowledgeBase.Current, caches);
        var profile = ProfileBuilder.Crc().Left().RasBrafWildType().Mss().Build();

        var first = engine.Evaluate(profile);
        var second = engine.Evaluate(profile);

        Assert.Equal(Uncached.Evaluate(profile), first);
        Assert.Equal(first, second);
        Assert.False(ReferenceEquals(first.Findings[0], second.Findings[0]));
        Assert.Equal(0, caches.Evaluations.Count + caches.Findings.Count + caches.Results.Count);
    }

    [Fact]
    public void A_profile_that_differs_in_one_result_gets_its_own_findings()
    {
        var engine = new EligibilityEngine(KnowledgeBase.Current);
        var wildType = ProfileBuilder.Crc().Left().RasBrafWildType().Mss().Build();
        var mutant = ProfileBuilder.Crc().Left().Variant("KRAS", "p.G12D").Negative("NRAS", "BRAF").Mss().Build();

        var wildTypeFinding = engine.Evaluate(wildType).FindingFor(TherapyIds.AntiEgfr)!;
        var mutantFinding = engine.Evaluate(mutant).FindingFor(TherapyIds.AntiEgfr)!;

        Assert.Equal(FindingStatus.Candidate, wildTypeFinding.Status);
        Assert.Equal(FindingStatus.NotACandidate, mutantFinding.Status);
        Assert.Equal(Uncached.Evaluate(mutant), engine.Evaluate(mutant));
        Assert.Equal(Uncached.Evaluate(wildType), engine.Evaluate(wildType));
    }

    [Fact]
    public void Threads_filling_the_tables_together_get_the_answers_one_thread_gets()
    {
        var profiles = ProfileGenerators.Profiles().Generator.Sample(20, 400).ToArray();
        var expected = profiles.Select(Uncached.Evaluate).ToArray();
        var caches = new EngineCaches(64);
        var engine = new EligibilityEngine(KnowledgeBase.Current, caches);
        var actual = new EligibilityResult[profiles.Length * 4];

        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = engine.Evaluate(profiles[i % profiles.Length]));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % profiles.Length], actual[i]);
        }

        Assert.InRange(caches.Results.Count, 1, 64);
        Assert.InRange(caches.Findings.Count, 1, 128);
    }
}
