using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;

namespace OncoExplain.Benchmarks;

/// <summary>
/// Each writer of one caregiver explanation, measured apart over a culture prepared once (as an explainer holds it), to
/// see where <see cref="ExplainBenchmarks"/> spends its time. The eligibility result is evaluated once in the setup.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("ci")]
public class ExplainStepsBenchmarks
{
    private CultureTexts culture = null!;
    private EligibilityResult eligibility = null!;
    private TumourProfile profile = null!;
    private ExplainContext written = null!;
    private ImmutableArray<string> summary = [];
    private ImmutableArray<NextStep> nextSteps = [];
    private ImmutableArray<string> questions = [];
    private ImmutableArray<FaqEntry> faq = [];

    [Params("colorectal", "pancreatic")]
    public string Cancer { get; set; } = "colorectal";

    [GlobalSetup]
    public void Setup()
    {
        profile = Cancer == "colorectal" ? SampleProfiles.Colorectal : SampleProfiles.Pancreatic;
        culture = CultureTexts.Reused(TextCatalog.Snapshot("en", null, false));
        eligibility = EligibilityEngine.Default.Evaluate(profile);

        // A context every writer has written into, as the explainer's is when it finds the rest of the glossary terms and
        // lists the sources.
        written = Context();
        summary = SummaryWriter.Write(written, eligibility);
        _ = SectionCatalog.For(profile.Cancer).Select(w => w.Write(written)).ToArray();
        _ = FindingWriter.Write(written, eligibility.Findings);
        nextSteps = NextStepWriter.Write(written, eligibility);
        questions = QuestionWriter.Write(written, eligibility);
        _ = SupportiveCareWriter.Write(written);
        faq = FaqWriter.Write(written);
    }

    private ExplainContext Context() => new(profile, culture, Audience.Caregiver);

    [Benchmark] public object Summary() => SummaryWriter.Write(Context(), eligibility);
    [Benchmark] public object Sections() { var c = Context(); return SectionCatalog.For(profile.Cancer).Select(w => w.Write(c)).OfType<ExplanationSection>().ToImmutableArray(); }
    [Benchmark] public object Findings() => FindingWriter.Write(Context(), eligibility.Findings);
    [Benchmark] public object NextSteps() => NextStepWriter.Write(Context(), eligibility);
    [Benchmark] public object Questions() => QuestionWriter.Write(Context(), eligibility);
    [Benchmark] public object Care() => SupportiveCareWriter.Write(Context());
    [Benchmark] public object Faq() => FaqWriter.Write(Context());
    [Benchmark] public object Warnings() => WarningWriter.Write(Context());
    [Benchmark] public ulong GlossaryOfTheRest()
    {
        var glossary = culture.Glossary;
        var terms = glossary.Find(summary) | glossary.Find(questions);
        foreach (var step in nextSteps)
        {
            terms |= glossary.Find(step.Text);
        }

        foreach (var entry in faq)
        {
            terms |= glossary.Find(entry.Question) | glossary.Find(entry.Answer);
        }

        return terms;
    }

    [Benchmark] public object Glossary() => GlossaryWriter.Write(written, written.Terms);
    [Benchmark] public object Sources() => SourceWriter.Write(written);
    [Benchmark] public object Labels() => LabelWriter.Write(culture.Texts, "2026.11", "2026-11-23");
}
