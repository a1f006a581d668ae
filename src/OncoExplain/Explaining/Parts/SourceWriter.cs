using System.Collections.Frozen;
using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The list of sources: everything the sections and findings cited, resolved in the knowledge base.</summary>
internal static class SourceWriter
{
    // References are immutable and the same for every explanation, so each source's is made once.
    private static readonly FrozenDictionary<string, SourceReference> References =
        KnowledgeBase.Current.Sources.ToFrozenDictionary(s => s.Id, s => new SourceReference(s.Id, s.Citation, s.Url), StringComparer.Ordinal);

    public static ImmutableArray<SourceReference> Write(ExplainContext context)
    {
        var cited = context.CitedSources;
        var references = ImmutableArray.CreateBuilder<SourceReference>(cited.Count);
        foreach (var id in cited)
        {
            references.Add(References.GetValueOrDefault(id)
                ?? throw new InvalidOperationException($"Source '{id}' is cited by an explanation text but is not in knowledge version {KnowledgeBase.Current.Version}."));
        }

        return references.MoveToImmutable();
    }
}
