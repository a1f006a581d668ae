using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Explaining;

/// <summary>The words written for findings are kept per culture by finding, and at most <see cref="CultureTexts.WrittenCapacity"/> of them.</summary>
public sealed class WrittenFindingsTests
{
    [Fact]
    public void A_kept_finding_is_found_again_by_identity_not_by_equality()
    {
        var culture = CultureTexts.Reused(TextCatalog.Snapshot("en", overrides: null, strict: false));
        var uncached = new EligibilityEngine(KnowledgeBase.Current, caches: null);
        var profile = Profiles.Example("pancreatic-germline-brca2.json");
        var first = uncached.Evaluate(profile).Findings[0];
        var equal = uncached.Evaluate(profile).Findings[0];
        var written = FindingWriter.Write(new ExplainContext(profile, culture, Audience.Caregiver), [first]);

        Assert.Equal(first, equal);
        Assert.True(culture.TryGetWritten(first, out var kept));
        Assert.Equal(written[0], kept.Explained);
        Assert.False(culture.TryGetWritten(equal, out _));
        Assert.Equal(1, culture.WrittenCount);
    }

    [Fact]
    public void No_more_than_the_capacity_is_kept_however_many_findings_are_written()
    {
        var culture = CultureTexts.Reused(TextCatalog.Snapshot("en", overrides: null, strict: false));
        var single = CultureTexts.Single(TextCatalog.Snapshot("en", overrides: null, strict: false));
        var uncached = new EligibilityEngine(KnowledgeBase.Current, caches: null);
        var profile = Profiles.Example("pancreatic-germline-brca2.json");
        var context = new ExplainContext(profile, culture, Audience.Caregiver);
        var lastWritten = (ExplainedFinding?)null;
        Finding? last = null;
        while (culture.WrittenCount < CultureTexts.WrittenCapacity)
        {
            var findings = uncached.Evaluate(profile).Findings;
            FindingWriter.Write(context, findings);
            FindingWriter.Write(new ExplainContext(profile, single, Audience.Caregiver), findings);
        }

        for (var i = 0; i < 20; i++)
        {
            var findings = uncached.Evaluate(profile).Findings;
            lastWritten = FindingWriter.Write(context, findings)[0];
            last = findings[0];
        }

        Assert.Equal(CultureTexts.WrittenCapacity, culture.WrittenCount);
        Assert.False(culture.TryGetWritten(last!, out _));
        Assert.NotNull(lastWritten);
        Assert.Equal(0, single.WrittenCount);
    }
}
