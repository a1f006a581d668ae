using System.Globalization;

namespace OncoExplain;

/// <summary>Everything a section writer may read while one explanation is composed. Not shared between calls.</summary>
internal sealed class ExplainContext
{
    private readonly List<string> _citedSources = [];

    public ExplainContext(TumourProfile profile, CultureTexts culture, Audience audience)
    {
        Profile = profile;
        Culture = culture;
        Texts = culture.Texts;
        Audience = audience;
    }

    /// <summary>A context over a catalog alone (a glossary matcher is built for it), for tests and benchmarks of one writer.</summary>
    public ExplainContext(TumourProfile profile, TextCatalog texts, Audience audience)
        : this(profile, CultureTexts.Single(texts), audience)
    {
    }

    public TumourProfile Profile { get; }

    public Biomarkers Biomarkers => Profile.Biomarkers;

    public TextCatalog Texts { get; }

    /// <summary>The culture's prepared texts: catalog, glossary matcher and the findings already written.</summary>
    public CultureTexts Culture { get; }

    /// <summary>
    /// The glossary terms of the parts already composed that recorded them (sections and findings); the explainer adds the
    /// rest. Bits as <see cref="GlossaryMatcher.Find(string)"/> gives them.
    /// </summary>
    public ulong Terms { get; private set; }

    public void AddTerms(ulong terms) => Terms |= terms;

    public Audience Audience { get; }

    public IReadOnlyList<string> CitedSources => _citedSources;

    public SectionBuilder Section(string id, string headingKey) => new(this, id, headingKey);

    public void Cite(ReadOnlySpan<string> sourceIds)
    {
        foreach (var id in sourceIds)
        {
            Cite(id);
        }
    }

    private void Cite(string sourceId)
    {
        foreach (var cited in _citedSources)
        {
            if (string.Equals(cited, sourceId, StringComparison.Ordinal))
            {
                return;
            }
        }

        _citedSources.Add(sourceId);
    }

    /// <summary>A variant as people read it in reports: gene and one-letter change without <c>p.</c>, e.g. <c>KRAS G12D</c>.</summary>
    public static string VariantLabel(GeneVariant variant)
    {
        var change = variant.Change.ToShortString();
        var body = change.StartsWith("p.", StringComparison.Ordinal) ? change[2..] : change[(change.IndexOf(":p.", StringComparison.Ordinal) + 3)..];
        if (body.Length > 2 && body[0] == '(' && body[^1] == ')')
        {
            body = body[1..^1];
        }

        return $"{variant.Gene} {body}";
    }

    /// <summary>The first pathogenic variant in any of the genes, or <see langword="null"/>.</summary>
    public GeneVariant? PathogenicIn(params ReadOnlySpan<string> genes)
    {
        foreach (var variant in Biomarkers.Variants)
        {
            if (variant.IsPathogenic && genes.Contains(variant.Gene))
            {
                return variant;
            }
        }

        return null;
    }

    /// <summary>The localized names of sites joined as a list ("the liver, the lungs and the bones").</summary>
    public string SiteList(IEnumerable<MetastaticSite> sites) =>
        JoinList(sites.Select(s => Texts["Site." + s.ToString()]).ToList());

    public string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => Texts.Get("List.Pair", ("first", items[0]), ("second", items[1])),
        _ => string.Join(Texts["List.Separator"], items.Take(items.Count - 1)) + Texts["List.LastSeparator"] + items[^1],
    };

    public string Number(int value) => value.ToString(Texts.FormatCulture);

    public string Number(double value, string format = "0.#") => value.ToString(format, Texts.FormatCulture);

    public CultureInfo FormatCulture => Texts.FormatCulture;
}
