using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Explaining;

/// <summary>
/// The glossary terms that the writers record while composing (catalogue texts looked up, joined paragraphs scanned only
/// around their junctions, findings written once per culture) are exactly those found by scanning all of the prose.
/// </summary>
public sealed class GlossaryRecordingTests
{
    private static readonly IExplainer Explainer = OncoExplainer.Create();

    public static TheoryData<string, string, Audience> ExamplesInCultures()
    {
        var data = new TheoryData<string, string, Audience>();
        foreach (var file in Profiles.ExampleFiles())
        {
            foreach (var culture in SupportedCultures.Names)
            {
                data.Add(file, culture, Audience.Caregiver);
            }

            data.Add(file, "en", Audience.Clinician);
        }

        return data;
    }

    public static Arbitrary<(TumourProfile Profile, string Culture)> ProfilesInCultures() =>
        (from profile in ProfileGenerators.Profile()
         from culture in Gen.Elements(SupportedCultures.Names.ToArray())
         select (profile, culture)).ToArbitrary();

    [Theory]
    [MemberData(nameof(ExamplesInCultures))]
    public void Every_example_lists_the_terms_a_full_scan_finds(string file, string culture, Audience audience)
    {
        var options = new ExplanationOptions { Culture = culture, Audience = audience };
        var profile = Profiles.Example(file);

        var first = Explainer.Explain(profile, options);
        var again = Explainer.Explain(Profiles.Example(file), options);

        Assert.Equal(ScannedTerms(first), first.Glossary.Select(g => g.Id));
        Assert.Equal(first.Glossary, again.Glossary);
    }

    [Property(Arbitrary = [typeof(GlossaryRecordingTests)], MaxTest = 300)]
    public void Any_profile_in_any_culture_lists_the_terms_a_full_scan_finds((TumourProfile Profile, string Culture) input)
    {
        var explanation = Explainer.Explain(input.Profile, new ExplanationOptions { Culture = input.Culture });

        Assert.Equal(ScannedTerms(explanation), explanation.Glossary.Select(g => g.Id));
    }

    [Fact]
    public void A_term_that_crosses_the_join_of_two_texts_is_found()
    {
        var profile = Profiles.Pancreatic();
        var plain = Explainer.Explain(profile);
        var options = new OncoExplainOptions();
        options.TextOverrides
            .Add("en", "Pancreatic.EarlySpread.Liver", "Blood from the pancreas flows to the liver first. Some people get conversion")
            .Add("en", "Pancreatic.EarlySpread.Late", "therapy later.");

        var joined = OncoExplainer.Create(options).Explain(profile);

        Assert.DoesNotContain(plain.Glossary, g => g.Id == "conversion");
        Assert.Contains(joined.Sections.Single(s => s.Id == "early-spread").Paragraphs, p => p.Contains("conversion therapy", StringComparison.Ordinal));
        Assert.Contains(joined.Glossary, g => g.Id == "conversion");
        Assert.Equal(ScannedTerms(joined), joined.Glossary.Select(g => g.Id));
    }

    [Fact]
    public void Looking_up_a_catalogue_text_gives_what_scanning_it_gives_in_every_culture()
    {
        foreach (var culture in SupportedCultures.Names)
        {
            var texts = TextCatalog.Snapshot(culture, overrides: null, strict: false);
            var indexed = new GlossaryMatcher(texts, indexCatalogTexts: true);
            foreach (var text in texts.ResolvedTexts)
            {
                Assert.Equal(indexed.Scan([text]), indexed.Find(text));
                Assert.Equal(indexed.Scan([text + " "]), indexed.Find(text + " "));
            }
        }
    }

    [Fact]
    public void A_composed_text_kept_by_content_gives_what_scanning_it_gives()
    {
        var texts = TextCatalog.Snapshot("en", overrides: null, strict: false);
        var indexed = new GlossaryMatcher(texts, indexCatalogTexts: true);
        var composed = texts.Get("Question.Test", ("test", texts["Test.braf.Name"]));

        Assert.Equal(indexed.Scan([composed]), indexed.Find(composed));
        Assert.Equal(1, indexed.ComposedCount);
        Assert.Equal(indexed.Scan([composed]), indexed.Find(new string(composed.AsSpan())));   // an equal copy is found
        Assert.Equal(1, indexed.ComposedCount);
        Assert.NotEqual(0UL, indexed.Find(composed));
    }

    [Fact]
    public void Composed_texts_are_kept_up_to_the_capacity_and_answers_never_change_past_it()
    {
        var indexed = new GlossaryMatcher(TextCatalog.Snapshot("en", overrides: null, strict: false), indexCatalogTexts: true);
        string[] words = ["KRAS", "stroma", "a portal vein", "plain words", "PARP"];
        for (var i = 0; i < GlossaryMatcher.ComposedCapacity + 50; i++)
        {
            var text = $"Text {i} mentions {words[i % words.Length]}.";
            Assert.Equal(indexed.Scan([text]), indexed.Find(text));
            Assert.Equal(indexed.Scan([text]), indexed.Find(text));
        }

        Assert.Equal(GlossaryMatcher.ComposedCapacity, indexed.ComposedCount);
    }

    [Fact]
    public void Long_composed_texts_and_a_non_indexing_matcher_keep_nothing()
    {
        var texts = TextCatalog.Snapshot("en", overrides: null, strict: false);
        var indexed = new GlossaryMatcher(texts, indexCatalogTexts: true);
        var single = new GlossaryMatcher(texts);
        var longText = string.Concat(Enumerable.Repeat("The KRAS switch. ", 40));
        Assert.True(longText.Length > GlossaryMatcher.ComposedMaxLength);

        Assert.Equal(indexed.Scan([longText]), indexed.Find(longText));
        Assert.Equal(single.Scan(["A PARP text."]), single.Find("A PARP text."));
        Assert.Equal(0, indexed.ComposedCount);
        Assert.Equal(0, single.ComposedCount);
    }

    [Fact]
    public void Matches_starting_in_a_range_are_the_scan_of_that_range()
    {
        var matcher = new GlossaryMatcher(TextCatalog.Snapshot("en", overrides: null, strict: false));
        const string text = "The KRAS gene and the portal vein; stage IV.";

        Assert.Equal(matcher.Scan([text]), matcher.FindStartingIn(text, -5, text.Length + 5));
        Assert.Equal(0UL, matcher.FindStartingIn(text, 5, 5));
        Assert.Equal(0UL, matcher.FindStartingIn(text, 5, 8));   // inside "KRAS": no match starts there
        Assert.Equal(matcher.Scan(["KRAS"]), matcher.FindStartingIn(text, 4, 5));
        Assert.Equal(matcher.Scan(["portal vein"]), matcher.FindStartingIn(text, text.IndexOf("portal", StringComparison.Ordinal) - 3, text.IndexOf(" vein", StringComparison.Ordinal)));
    }

    // The old way: every text of the explanation scanned in full, terms listed in glossary order.
    private static IEnumerable<string> ScannedTerms(Explanation e)
    {
        var texts = TextCatalog.Snapshot(e.RequestedCulture, overrides: null, strict: false);
        string[] prose =
        [
            .. e.Summary,
            .. e.Sections.SelectMany(s => s.Paragraphs.Prepend(s.Heading)),
            .. e.Findings.SelectMany(f => f.Reasons.Append(f.Name).Append(f.EvidenceText)),
            .. e.NextSteps.Select(s => s.Text),
            .. e.Questions,
            .. e.SupportiveCare.SelectMany(s => s.Paragraphs.Prepend(s.Heading)),
            .. e.Faq.SelectMany(f => new[] { f.Question, f.Answer }),
        ];
        var found = new GlossaryMatcher(texts).Scan(prose);
        return GlossaryWriter.Ids.Where((_, i) => (found & (1UL << i)) != 0).Select(id => ToSlug(id));
    }

    private static string ToSlug(string id) =>
        string.Concat(id.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
