using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The list of sources: everything the sections and findings cited, resolved in the knowledge base.</summary>
internal static class SourceWriter
{
    public static ImmutableArray<SourceReference> Write(ExplainContext context) =>
        [.. context.CitedSources.Select(id =>
        {
            var source = KnowledgeBase.Current.FindSource(id)
                ?? throw new InvalidOperationException($"Source '{id}' is cited by an explanation text but is not in knowledge version {KnowledgeBase.Current.Version}.");
            return new SourceReference(source.Id, source.Citation, source.Url);
        })];
}
