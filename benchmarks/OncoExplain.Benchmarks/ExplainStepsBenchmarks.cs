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

    [Params("colorectal", "pancreatic")]
    public string Cancer { get; set; } = "colorectal";

    [GlobalSetup]
    public void Setup()
    {
        profile = Cancer == "colorectal" ? SampleProfiles.Colorectal : SampleProfiles.Pancreatic;
        culture = CultureTexts.Reused(TextCatalog.Snapshot("en", null, false));
        eligibility = EligibilityEngine.Default.Evaluate(profile);
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
    [Benchmark] public object Labels() => LabelWriter.Write(culture.Texts, "2026.11", "2026-11-23");
}
