namespace OncoExplain;

/// <summary>A residue in a protein: the reference amino acid and its 1-based position, as in <c>Gly12</c>.</summary>
/// <param name="AminoAcid">The amino acid found at this position in the reference protein.</param>
/// <param name="Position">The 1-based position.</param>
public readonly record struct ProteinPosition(AminoAcid AminoAcid, int Position)
{
    /// <summary>The three-letter form, for example <c>Gly12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => AminoAcid.ToThreeLetter() + Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
