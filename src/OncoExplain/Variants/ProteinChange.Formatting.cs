using System.Globalization;
using System.Text;

namespace OncoExplain;

public sealed partial record ProteinChange
{
    /// <summary>The normalized three-letter form, for example <c>p.Gly12Asp</c> or <c>NP_004976.2:p.(Arg97ProfsTer23)</c>.</summary>
    /// <returns>The HGVS text.</returns>
    public override string ToString() => Format(threeLetter: true);

    /// <summary>The one-letter form, for example <c>p.G12D</c> or <c>p.R97Pfs*23</c>.</summary>
    /// <returns>The HGVS text.</returns>
    public string ToShortString() => Format(threeLetter: false);

    private string Format(bool threeLetter)
    {
        var text = new StringBuilder(24);
        if (Reference is not null)
        {
            text.Append(Reference).Append(':');
        }

        text.Append("p.");
        switch (Kind)
        {
            case ProteinChangeKind.Unknown:
                return text.Append(IsPredicted ? "(?)" : "?").ToString();
            case ProteinChangeKind.NoProtein:
                return text.Append(IsPredicted ? "0?" : "0").ToString();
        }

        if (IsPredicted)
        {
            text.Append('(');
        }

        AppendBody(text, threeLetter);
        if (IsPredicted)
        {
            text.Append(')');
        }

        return text.ToString();
    }

    private void AppendBody(StringBuilder text, bool threeLetter)
    {
        if (Start is { } start)
        {
            AppendPosition(text, start, threeLetter);
        }

        if (End is { } end)
        {
            text.Append('_');
            AppendPosition(text, end, threeLetter);
        }

        switch (Kind)
        {
            case ProteinChangeKind.Substitution:
                AppendAminoAcid(text, Alternate!.Value, threeLetter);
                break;
            case ProteinChangeKind.Synonymous:
                text.Append('=');
                break;
            case ProteinChangeKind.Nonsense:
                AppendAminoAcid(text, AminoAcid.Ter, threeLetter);
                break;
            case ProteinChangeKind.Frameshift:
                if (Alternate is { } shifted)
                {
                    AppendAminoAcid(text, shifted, threeLetter);
                }

                text.Append("fs");
                AppendNewStop(text, threeLetter);
                break;
            case ProteinChangeKind.Deletion:
                text.Append("del");
                break;
            case ProteinChangeKind.Duplication:
                text.Append("dup");
                break;
            case ProteinChangeKind.Insertion:
                text.Append("ins");
                AppendSequence(text, threeLetter);
                break;
            case ProteinChangeKind.DeletionInsertion:
                text.Append("delins");
                AppendSequence(text, threeLetter);
                break;
            case ProteinChangeKind.Extension:
                if (Alternate is { } added)
                {
                    AppendAminoAcid(text, added, threeLetter);
                }

                text.Append("ext");
                if (!Inserted.IsEmpty)
                {
                    // Written as single residues (Xaa, never X) so that a one-letter X cannot be read as the new stop.
                    foreach (var aminoAcid in Inserted)
                    {
                        AppendAminoAcid(text, aminoAcid, threeLetter);
                    }
                }
                else if (NewStopOrStart is < 0)
                {
                    text.Append(NewStopOrStart.Value.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    AppendNewStop(text, threeLetter);
                }

                break;
            case ProteinChangeKind.Repeat:
                text.Append('[').Append(RepeatCount!.Value.ToString(CultureInfo.InvariantCulture)).Append(']');
                break;
            case ProteinChangeKind.StartLoss:
                text.Append('?');
                break;
        }
    }

    private void AppendNewStop(StringBuilder text, bool threeLetter)
    {
        if (!HasNewStop)
        {
            return;
        }

        AppendAminoAcid(text, AminoAcid.Ter, threeLetter);
        text.Append(NewStopUnknown ? "?" : NewStopOrStart!.Value.ToString(CultureInfo.InvariantCulture));
    }

    private void AppendSequence(StringBuilder text, bool threeLetter)
    {
        var length = Inserted.Length;
        var unknownBeforeLast = Inserted.AsSpan(0, length - 1).IndexOfAnyExcept(AminoAcid.Xaa) < 0;
        if (length > 1 && unknownBeforeLast && Inserted[^1] is AminoAcid.Ter)
        {
            // 11 unknown amino acids and then a stop: insTer12.
            AppendAminoAcid(text, AminoAcid.Ter, threeLetter);
            text.Append(length.ToString(CultureInfo.InvariantCulture));
            return;
        }

        if (length > 1 && unknownBeforeLast && Inserted[^1] is AminoAcid.Xaa)
        {
            // A run of unknown amino acids: insXaa[5].
            AppendSequenceAminoAcid(text, AminoAcid.Xaa, threeLetter);
            text.Append('[').Append(length.ToString(CultureInfo.InvariantCulture)).Append(']');
            return;
        }

        foreach (var aminoAcid in Inserted)
        {
            AppendSequenceAminoAcid(text, aminoAcid, threeLetter);
        }
    }

    private static void AppendSequenceAminoAcid(StringBuilder text, AminoAcid aminoAcid, bool threeLetter)
    {
        // Inside a sequence X is an unknown amino acid in the one-letter style.
        if (threeLetter)
        {
            text.Append(aminoAcid.ToThreeLetter());
        }
        else
        {
            text.Append(aminoAcid.ToOneLetter());
        }
    }

    private static void AppendPosition(StringBuilder text, ProteinPosition position, bool threeLetter)
    {
        AppendAminoAcid(text, position.AminoAcid, threeLetter);
        text.Append(position.Position.ToString(CultureInfo.InvariantCulture));
    }

    private static void AppendAminoAcid(StringBuilder text, AminoAcid aminoAcid, bool threeLetter)
    {
        // Outside a sequence a one-letter X would read as the old stop symbol, so an unknown amino acid is always Xaa.
        if (threeLetter || aminoAcid == AminoAcid.Xaa)
        {
            text.Append(aminoAcid.ToThreeLetter());
        }
        else
        {
            text.Append(aminoAcid.ToOneLetter());
        }
    }
}
