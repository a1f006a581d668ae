using BenchmarkDotNet.Attributes;

namespace OncoExplain.Benchmarks;

/// <summary>
/// The steps of one caregiver explanation of the colorectal profile measured apart, to see where <see cref="ExplainBenchmarks"/>
/// spends its time: the glossary scan and the readability measurement over all of the prose.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class ExplainPartsBenchmarks
{
    private ExplainContext context = null!;
    private GlossaryMatcher glossary = null!;
    private GlossaryMatcher indexedGlossary = null!;
    private Explanation explanation = null!;
    private string[] allText = [];
    private (string Id, IEnumerable<string> Texts)[] parts = [];

    [GlobalSetup]
    public void Setup()
    {
        explanation = OncoExplainer.Create().Explain(SampleProfiles.Colorectal, new ExplanationOptions { Culture = "en", Audience = Audience.Caregiver });
        var texts = new TextCatalog("en", overrides: null);
        context = new ExplainContext(SampleProfiles.Colorectal, texts, Audience.Caregiver);
        glossary = new GlossaryMatcher(texts);
        indexedGlossary = new GlossaryMatcher(TextCatalog.Snapshot("en", overrides: null, strict: false), indexCatalogTexts: true);
        allText =
        [
            .. explanation.Summary,
            .. explanation.Sections.SelectMany(s => s.Paragraphs.Prepend(s.Heading)),
            .. explanation.Findings.SelectMany(f => f.Reasons.Append(f.Name).Append(f.EvidenceText)),
            .. explanation.NextSteps.Select(s => s.Text),
            .. explanation.Questions,
            .. explanation.SupportiveCare.SelectMany(s => s.Paragraphs.Prepend(s.Heading)),
            .. explanation.Faq.SelectMany(f => new[] { f.Question, f.Answer }),
        ];
        parts =
        [
            .. explanation.Sections.Select(s => (s.Id, (IEnumerable<string>)s.Paragraphs)),
            ("options", explanation.Findings.SelectMany(f => f.Reasons.Append(f.EvidenceText)).ToArray()),
            ("next-steps", explanation.NextSteps.Select(s => s.Text).ToArray()),
            ("questions", explanation.Questions),
            ("supportive-care", explanation.SupportiveCare.SelectMany(s => s.Paragraphs).ToArray()),
            ("faq", explanation.Faq.SelectMany(f => new[] { f.Question, f.Answer }).ToArray()),
        ];
    }

    /// <summary>Finds which of the glossary terms the explanation uses by scanning all of its prose (what Explain did before).</summary>
    [Benchmark]
    public int Glossary() => GlossaryWriter.Write(context, glossary.Scan(allText)).Length;

    /// <summary>
    /// The same texts through a matcher that indexed its catalogue: catalogue texts are looked up, the others scanned. (Explain
    /// does less: joined paragraphs and findings record their terms while they are written.)
    /// </summary>
    [Benchmark]
    public int GlossaryCatalogLookup() => GlossaryWriter.Write(context, indexedGlossary.Find(allText)).Length;

    /// <summary>Measures the summary, every part and the whole.</summary>
    [Benchmark]
    public ExplanationReadability Readability() => ReadabilityWriter.Write("en", explanation.Summary, parts);

    /// <summary>The eligibility engine, which every explanation runs first.</summary>
    [Benchmark]
    public EligibilityResult Eligibility() => EligibilityEngine.Default.Evaluate(SampleProfiles.Colorectal);

    /// <summary>The size of the prose, for the report: characters over all texts.</summary>
    public int Characters => allText.Sum(t => t.Length);
}
