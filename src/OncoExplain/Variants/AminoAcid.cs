namespace OncoExplain;

/// <summary>An amino acid (or the stop signal) as named in HGVS protein descriptions.</summary>
public enum AminoAcid
{
    /// <summary>Alanine (A).</summary>
    Ala,

    /// <summary>Arginine (R).</summary>
    Arg,

    /// <summary>Asparagine (N).</summary>
    Asn,

    /// <summary>Aspartic acid (D).</summary>
    Asp,

    /// <summary>Cysteine (C).</summary>
    Cys,

    /// <summary>Glutamine (Q).</summary>
    Gln,

    /// <summary>Glutamic acid (E).</summary>
    Glu,

    /// <summary>Glycine (G).</summary>
    Gly,

    /// <summary>Histidine (H).</summary>
    His,

    /// <summary>Isoleucine (I).</summary>
    Ile,

    /// <summary>Leucine (L).</summary>
    Leu,

    /// <summary>Lysine (K).</summary>
    Lys,

    /// <summary>Methionine (M).</summary>
    Met,

    /// <summary>Phenylalanine (F).</summary>
    Phe,

    /// <summary>Proline (P).</summary>
    Pro,

    /// <summary>Serine (S).</summary>
    Ser,

    /// <summary>Threonine (T).</summary>
    Thr,

    /// <summary>Tryptophan (W).</summary>
    Trp,

    /// <summary>Tyrosine (Y).</summary>
    Tyr,

    /// <summary>Valine (V).</summary>
    Val,

    /// <summary>Selenocysteine (U).</summary>
    Sec,

    /// <summary>Pyrrolysine (O).</summary>
    Pyl,

    /// <summary>Translation termination, the stop signal (<c>Ter</c> or <c>*</c>).</summary>
    Ter,

    /// <summary>An unknown amino acid (<c>Xaa</c>, or <c>X</c> inside an inserted sequence).</summary>
    Xaa,
}
