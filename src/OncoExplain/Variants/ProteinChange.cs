using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>
/// A parsed HGVS protein change such as <c>p.G12D</c>, <c>p.(Gly12Asp)</c> or <c>p.Arg97ProfsTer23</c>.
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="Parse(string)"/> or <see cref="TryParse(string?, out ProteinChange?, out string?)"/>.
/// One- and three-letter amino-acid codes are both read; <see cref="ToString"/> writes the three-letter form and
/// <see cref="ToShortString"/> the one-letter form, so either normalizes to the other.</para>
/// <para>Equality is by value: <c>p.G12D</c> and <c>p.Gly12Asp</c> are equal; <c>p.(Gly12Asp)</c>, being predicted, is not.</para>
/// </remarks>
public sealed partial record ProteinChange
{
    internal ProteinChange(ProteinChangeKind kind)
    {
        Kind = kind;
    }

    /// <summary>What kind of change this is.</summary>
    public ProteinChangeKind Kind { get; }

    /// <summary>Whether the change is predicted rather than observed in protein (written in parentheses: <c>p.(Gly12Asp)</c>).</summary>
    public bool IsPredicted { get; init; }

    /// <summary>The reference sequence accession given before the colon (<c>NP_004976.2</c>), or <see langword="null"/>.</summary>
    public string? Reference { get; init; }

    /// <summary>The first (or only) residue affected; <see langword="null"/> for <c>p.?</c>, <c>p.0</c> and <c>p.=</c>.</summary>
    public ProteinPosition? Start { get; init; }

    /// <summary>The last residue of a range (<c>Lys23_Val25</c>), or <see langword="null"/> for a single residue.</summary>
    public ProteinPosition? End { get; init; }

    /// <summary>The new amino acid of a substitution, of the first shifted residue of a frameshift, or of a stop-loss extension.</summary>
    public AminoAcid? Alternate { get; init; }

    /// <summary>
    /// The inserted amino acids of an insertion or deletion-insertion (unknown ones are <see cref="AminoAcid.Xaa"/>;
    /// <c>insTer12</c> is eleven <see cref="AminoAcid.Xaa"/> and a <see cref="AminoAcid.Ter"/>), or the added amino acids
    /// of an extension written out in full (<c>p.Ter315TyrextAsnLysGlyThrTer</c>); empty otherwise.
    /// </summary>
    public ImmutableArray<AminoAcid> Inserted { get; init; } = [];

    /// <summary>
    /// For a frameshift, the position of the new stop counted from the first changed residue (<c>fsTer23</c> → 23);
    /// for an extension, the new stop (<c>extTer17</c> → 17) or, for a start extension, the new start (<c>ext-5</c> → -5).
    /// </summary>
    public int? NewStopOrStart { get; init; }

    /// <summary>Whether a frameshift or extension names a new stop that is unknown (<c>fsTer?</c>, <c>extTer?</c>).</summary>
    public bool NewStopUnknown { get; init; }

    /// <summary>Whether a frameshift or extension was written with its new stop (<c>fsTer23</c>, <c>fs*?</c>) rather than bare (<c>fs</c>).</summary>
    public bool HasNewStop => NewStopOrStart is not null || NewStopUnknown;

    /// <summary>The repeat count of a <see cref="ProteinChangeKind.Repeat"/> change.</summary>
    public int? RepeatCount { get; init; }

    /// <summary>
    /// Whether the change cuts the protein short or stops it being made: nonsense, frameshift and no-protein changes, and
    /// insertions or deletion-insertions that bring in a stop.
    /// In a tumour-suppressor gene such a change usually switches the gene off.
    /// </summary>
    public bool IsTruncating =>
        Kind is ProteinChangeKind.Nonsense or ProteinChangeKind.Frameshift or ProteinChangeKind.NoProtein
        || (Kind is ProteinChangeKind.Insertion or ProteinChangeKind.DeletionInsertion && Inserted.Contains(AminoAcid.Ter));

    /// <summary>Whether this change hits the given residue position (at or inside its range).</summary>
    /// <param name="position">A 1-based position.</param>
    /// <returns><see langword="true"/> when the position is covered.</returns>
    public bool Covers(int position) =>
        Start is { } start && position >= start.Position && position <= (End ?? start).Position;

    /// <summary>Whether this is the substitution <paramref name="reference"/><paramref name="position"/><paramref name="alternate"/>, such as Gly12Cys.</summary>
    /// <param name="reference">The reference amino acid.</param>
    /// <param name="position">The position.</param>
    /// <param name="alternate">The new amino acid.</param>
    /// <returns><see langword="true"/> for that exact substitution.</returns>
    public bool IsSubstitution(AminoAcid reference, int position, AminoAcid alternate) =>
        Kind == ProteinChangeKind.Substitution && End is null && Start == new ProteinPosition(reference, position) && Alternate == alternate;

    /// <inheritdoc />
    public bool Equals(ProteinChange? other) =>
        other is not null
        && Kind == other.Kind
        && IsPredicted == other.IsPredicted
        && string.Equals(Reference, other.Reference, StringComparison.Ordinal)
        && Start == other.Start
        && End == other.End
        && Alternate == other.Alternate
        && Inserted.AsSpan().SequenceEqual(other.Inserted.AsSpan())
        && NewStopOrStart == other.NewStopOrStart
        && NewStopUnknown == other.NewStopUnknown
        && RepeatCount == other.RepeatCount;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(IsPredicted);
        hash.Add(Reference, StringComparer.Ordinal);
        hash.Add(Start);
        hash.Add(End);
        hash.Add(Alternate);
        foreach (var aminoAcid in Inserted)
        {
            hash.Add(aminoAcid);
        }

        hash.Add(NewStopOrStart);
        hash.Add(NewStopUnknown);
        hash.Add(RepeatCount);
        return hash.ToHashCode();
    }
}
