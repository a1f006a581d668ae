using System.Collections.Immutable;
using System.Numerics;

namespace OncoExplain;

/// <summary>
/// The glossary of every technical term the explanation uses: each known term is looked up in all of the text, in the
/// explanation's own language, and listed when it appears. The lookup itself is <see cref="GlossaryMatcher"/>'s; the
/// writers record the terms of what they compose (<see cref="ExplainContext.Terms"/>).
/// </summary>
internal static class GlossaryWriter
{
    /// <summary>Every glossary entry, in display order; texts are <c>Glossary.{id}.Term</c>, <c>.Match</c> (forms separated by |) and <c>.Definition</c>.</summary>
    public static readonly string[] Ids =
    [
        "Kras", "Nras", "Ras", "Braf", "Her2", "Egfr", "Brca", "Palb2", "Msi", "Mss", "Mmr", "Tmb", "Fusion", "Rna", "Germline",
        "Stroma", "Checkpoint", "Chemotherapy", "Platinum", "Parp", "Folfirinox", "Folfox", "Ecog", "Stage4", "PortalVein",
        "Median", "Trial", "Palliative", "Stent", "Cachexia", "Conversion", "Line", "Fda", "Antibody", "Targeted", "Maintenance",
        "Ctdna", "Enzymes", "NerveBlock", "Metastasis",
    ];

    private static readonly string[] Slugs = [.. Ids.Select(ToSlug)];
    private static readonly string[] TermKeys = [.. Ids.Select(id => $"Glossary.{id}.Term")];
    private static readonly string[] DefinitionKeys = [.. Ids.Select(id => $"Glossary.{id}.Definition")];

    /// <summary>The entries of the terms found: bit <c>i</c> of <paramref name="found"/> stands for <see cref="Ids"/>[i].</summary>
    public static ImmutableArray<GlossaryEntry> Write(ExplainContext context, ulong found)
    {
        var entries = ImmutableArray.CreateBuilder<GlossaryEntry>(BitOperations.PopCount(found));
        for (var index = 0; index < Ids.Length; index++)
        {
            if ((found & (1UL << index)) != 0)
            {
                entries.Add(context.Culture.GlossaryEntry(index, Make));
            }
        }

        return entries.ToImmutable();
    }

    private static GlossaryEntry Make(TextCatalog texts, int index) =>
        new(Slugs[index], texts[TermKeys[index]], texts[DefinitionKeys[index]]);

    /// <summary>
    /// Whether the text contains the term as a whole word (letters, digits and hyphens on either side break the match).
    /// Terms with capitals (acronyms) match case-sensitively, others ignoring case.
    /// </summary>
    internal static bool ContainsTerm(string text, string term)
    {
        var comparison = term.Any(char.IsUpper) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var start = 0;
        while ((start = text.IndexOf(term, start, comparison)) >= 0)
        {
            var end = start + term.Length;
            var before = start == 0 || !IsWordCharacter(text[start - 1]);
            var after = end == text.Length || !IsWordCharacter(text[end]);
            if (before && after)
            {
                return true;
            }

            start++;
        }

        return false;
    }

    internal static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '-';

    private static string ToSlug(string id) =>
        string.Concat(id.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
