namespace OncoExplain;

/// <summary>One- and three-letter codes of <see cref="AminoAcid"/> values.</summary>
public static class AminoAcidCodes
{
    private static readonly string[] ThreeLetter =
    [
        "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys",
        "Met", "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val", "Sec", "Pyl", "Ter", "Xaa",
    ];

    private const string OneLetter = "ARNDCQEGHILKMFPSTWYVUO*X";

    /// <summary>The three-letter code, for example <c>Gly</c> or <c>Ter</c>.</summary>
    /// <param name="aminoAcid">The amino acid.</param>
    /// <returns>The code.</returns>
    public static string ToThreeLetter(this AminoAcid aminoAcid) => ThreeLetter[(int)aminoAcid];

    /// <summary>The one-letter code, for example <c>G</c>; the stop signal is <c>*</c>.</summary>
    /// <param name="aminoAcid">The amino acid.</param>
    /// <returns>The code.</returns>
    public static char ToOneLetter(this AminoAcid aminoAcid) => OneLetter[(int)aminoAcid];

    /// <summary>Reads a three-letter code (case-sensitive, as HGVS writes it: <c>Gly</c>).</summary>
    /// <param name="code">Three characters.</param>
    /// <param name="aminoAcid">The amino acid when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFromThreeLetter(ReadOnlySpan<char> code, out AminoAcid aminoAcid)
    {
        for (var i = 0; i < ThreeLetter.Length; i++)
        {
            if (code.SequenceEqual(ThreeLetter[i]))
            {
                aminoAcid = (AminoAcid)i;
                return true;
            }
        }

        aminoAcid = default;
        return false;
    }

    /// <summary>Reads a one-letter code (upper case; <c>*</c> is the stop signal, <c>X</c> an unknown amino acid).</summary>
    /// <param name="code">The letter.</param>
    /// <param name="aminoAcid">The amino acid when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFromOneLetter(char code, out AminoAcid aminoAcid)
    {
        var index = OneLetter.IndexOf(code, StringComparison.Ordinal);
        aminoAcid = index < 0 ? default : (AminoAcid)index;
        return index >= 0;
    }
}
