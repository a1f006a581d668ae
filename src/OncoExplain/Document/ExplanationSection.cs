using System.Collections.Immutable;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>One titled part of an explanation, such as the KRAS "stuck switch" story.</summary>
/// <param name="Id">A stable English slug (<c>kras-switch</c>, <c>stroma</c>, <c>portal-vein</c>…), the same in every culture.</param>
/// <param name="Heading">The heading, in the explanation's culture.</param>
/// <param name="Paragraphs">The paragraphs, in order.</param>
public sealed record ExplanationSection(string Id, string Heading, ImmutableArray<string> Paragraphs)
{
    /// <inheritdoc />
    public bool Equals(ExplanationSection? other) =>
        other is not null && Id == other.Id && Heading == other.Heading && Sequences.Equal(Paragraphs, other.Paragraphs);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Heading);
        Sequences.AddTo(ref hash, Paragraphs);
        return hash.ToHashCode();
    }
}
