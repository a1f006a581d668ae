namespace OncoExplain;

/// <summary>What a protein change does, as classified from its HGVS description.</summary>
public enum ProteinChangeKind
{
    /// <summary>One amino acid replaced by another (<c>p.Gly12Asp</c>).</summary>
    Substitution,

    /// <summary>No change at the protein level (<c>p.Gly12=</c>, <c>p.(=)</c>).</summary>
    Synonymous,

    /// <summary>An amino acid replaced by a stop signal (<c>p.Trp24Ter</c>, <c>p.W24*</c>): the protein is cut short.</summary>
    Nonsense,

    /// <summary>The reading frame shifts (<c>p.Arg97ProfsTer23</c>): the protein is usually cut short.</summary>
    Frameshift,

    /// <summary>One or more amino acids removed (<c>p.Val7del</c>).</summary>
    Deletion,

    /// <summary>One or more amino acids copied in place (<c>p.Ala3dup</c>).</summary>
    Duplication,

    /// <summary>Amino acids inserted between two neighbours (<c>p.Lys2_Gly3insGlnSerLys</c>).</summary>
    Insertion,

    /// <summary>Amino acids removed and replaced by others (<c>p.Cys28delinsTrpVal</c>).</summary>
    DeletionInsertion,

    /// <summary>The protein is made longer at either end (<c>p.Ter110GlnextTer17</c>, <c>p.Met1ext-5</c>).</summary>
    Extension,

    /// <summary>A stretch of repeated amino acids of a given count (<c>p.Ala2[10]</c>).</summary>
    Repeat,

    /// <summary>The start codon is hit and the consequence is unknown (<c>p.Met1?</c>).</summary>
    StartLoss,

    /// <summary>No protein is made (<c>p.0</c>).</summary>
    NoProtein,

    /// <summary>An effect on the protein is expected but unknown (<c>p.?</c>).</summary>
    Unknown,
}
