using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using Engine = RulesEngine.RulesEngine;

namespace OncoExplain.Benchmarks.RulesEngine;

/// <summary>
/// The anti-EGFR, checkpoint-inhibitor and PARP-maintenance rules, evaluated on the same profiles by OncoExplain's engine
/// (baseline) and by Microsoft RulesEngine with the same rules written as its JSON workflows (RulesEngine/workflows.json).
/// Each operation is one profile; the ratio column is RulesEngine's time over OncoExplain's.
/// </summary>
/// <remarks>
/// The comparison favours RulesEngine: its rules are two-valued (an untested biomarker is simply "not met"), while
/// OncoExplain keeps unknown apart, names the missing test and builds the full why / why-not trace of every finding.
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class RulesEngineBenchmarks
{
    private static readonly string[] TherapyIds = [OncoExplain.TherapyIds.AntiEgfr, OncoExplain.TherapyIds.CheckpointInhibitor, OncoExplain.TherapyIds.ParpMaintenance];

    private static readonly string[] ProfileJsons =
    [
        SampleProfiles.ColorectalJson,
        SampleProfiles.PancreaticJson,
        """{"cancer":"colorectal","primarySite":"sigmoid-colon","biomarkers":{"negativeGenes":["KRAS","NRAS","BRAF"],"msi":"stable","tmb":4.1}}""",
        """{"cancer":"colorectal","primarySite":"caecum","biomarkers":{"variants":[{"gene":"KRAS","change":"p.G12C"},{"gene":"TP53","change":"p.R273H"}],"negativeGenes":["NRAS","BRAF"]}}""",
        """{"cancer":"colorectal","primarySite":"rectum","biomarkers":{"variants":[{"gene":"BRAF","change":"p.V600E"}],"msi":"high"},"treatments":[{"regimen":"folfox","line":1,"outcome":"progression"}]}""",
        """{"cancer":"colorectal","primarySite":"rectum","biomarkers":{"negativeGenes":["KRAS","NRAS","BRAF"],"msi":"stable"},"treatments":[{"regimen":"folfox+panitumumab","line":1,"outcome":"progression"},{"regimen":"folfiri","line":2,"outcome":"progression"}]}""",
        """{"cancer":"pancreatic","ecog":1,"biomarkers":{"variants":[{"gene":"KRAS","change":"p.G12D"},{"gene":"BRCA2","change":"p.S1982Rfs*22","origin":"germline"}]},"treatments":[{"regimen":"folfirinox","line":1,"weeks":20,"outcome":"stable"}]}""",
        """{"cancer":"pancreatic","biomarkers":{"negativeGenes":["KRAS"],"fusions":["ETV6::NTRK3"],"mmr":"deficient"},"treatments":[{"regimen":"gemcitabine+nab-paclitaxel","line":1,"outcome":"progression"}]}""",
    ];

    private static readonly int ProfileCount = ProfileJsons.Length;

    private readonly KnowledgeBase knowledge = KnowledgeBase.Current;
    private readonly EligibilityEngine uncached = new(KnowledgeBase.Current, caches: null);
    private TumourProfile[] profiles = [];
    private Therapy[] therapies = [];
    private Engine rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        profiles = [.. ProfileJsons.Select(json => ProfileJson.Read(json).Profile!)];
        therapies = [.. TherapyIds.Select(id => knowledge.FindTherapy(id)!)];
        using var stream = typeof(RulesEngineBenchmarks).Assembly.GetManifestResourceStream("OncoExplain.Benchmarks.workflows.json")!;
        var workflows = JsonSerializer.Deserialize<Workflow[]>(stream)!;
        rulesEngine = new Engine(workflows, new ReSettings());
        _ = RulesEngineThreeTherapies();
    }

    /// <summary>OncoExplain's engine on the three therapies only (each condition checked once per profile, full trace).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 8)]
    public int OncoExplainThreeTherapies()
    {
        var candidates = 0;
        foreach (var profile in profiles)
        {
            foreach (var finding in EligibilityEngine.Default.Evaluate(profile, TherapyIds))
            {
                candidates += finding.Status == FindingStatus.Candidate ? 1 : 0;
            }
        }

        return candidates;
    }

    /// <summary>The same with the engine's shared tables turned off: every condition and finding computed, as for profiles
    /// never seen before.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int OncoExplainThreeTherapiesUncached()
    {
        var candidates = 0;
        foreach (var profile in profiles)
        {
            foreach (var finding in uncached.Evaluate(profile, TherapyIds))
            {
                candidates += finding.Status == FindingStatus.Candidate ? 1 : 0;
            }
        }

        return candidates;
    }

    /// <summary>Microsoft RulesEngine: map the profile to facts, then run the workflow of each therapy that applies to the cancer.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int RulesEngineThreeTherapies()
    {
        var candidates = 0;
        foreach (var profile in profiles)
        {
            var facts = new RuleParameter("facts", ProfileFacts.From(profile));
            foreach (var therapy in therapies)
            {
                if (!therapy.Cancers.Contains(profile.Cancer))
                {
                    continue;
                }

                var results = rulesEngine.ExecuteAllRulesAsync(therapy.Id, facts).AsTask().GetAwaiter().GetResult();
                candidates += results.Exists(r => r.IsSuccess && r.Rule.SuccessEvent == "candidate") ? 1 : 0;
            }
        }

        return candidates;
    }

    /// <summary>For scale: OncoExplain's whole engine (every therapy of the cancer, next steps) on the same profiles.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int OncoExplainAllTherapies()
    {
        var findings = 0;
        foreach (var profile in profiles)
        {
            findings += EligibilityEngine.Default.Evaluate(profile).Findings.Length;
        }

        return findings;
    }

    /// <summary>The profiles measured, for the report.</summary>
    public static int Profiles => ProfileCount;
}
