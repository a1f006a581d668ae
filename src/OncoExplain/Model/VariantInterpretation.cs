using System.Collections.Frozen;

namespace OncoExplain;

/// <summary>
/// Infers the significance of a variant the report did not classify: known RAS/BRAF hotspots are pathogenic,
/// truncating changes in tumour-suppressor and DNA-repair genes are likely pathogenic, everything else is uncertain.
/// </summary>
public static class VariantInterpretation
{
    /// <summary>
    /// RAS codons whose missense changes define "RAS-mutant" in the extended RAS test before anti-EGFR therapy
    /// (KRAS and NRAS codons 12, 13, 59, 61, 117, 146; clinical fact sheet §2.2, source C3).
    /// </summary>
    public static IReadOnlyList<int> ExtendedRasCodons { get; } = [12, 13, 59, 61, 117, 146];

    private static readonly FrozenSet<string> TumourSuppressors = FrozenSet.Create(
        StringComparer.Ordinal,
        "APC", "ARID1A", "ATM", "BAP1", "BARD1", "BRCA1", "BRCA2", "BRIP1", "CDH1", "CDKN2A", "CHEK2", "FBXW7",
        "MLH1", "MSH2", "MSH6", "NF1", "PALB2", "PMS2", "PTEN", "RAD51C", "RAD51D", "RNF43", "SMAD4", "STK11", "TP53");

    /// <summary>Whether the gene is a tumour-suppressor or DNA-repair gene, where truncating changes switch the gene off.</summary>
    /// <param name="gene">An upper-case gene symbol.</param>
    /// <returns><see langword="true"/> for a known tumour suppressor.</returns>
    public static bool IsTumourSuppressor(string gene) => TumourSuppressors.Contains(gene);

    /// <summary>Whether the change is a known activating hotspot (KRAS/NRAS extended-RAS codons, BRAF V600).</summary>
    /// <param name="gene">An upper-case gene symbol.</param>
    /// <param name="change">The change.</param>
    /// <returns><see langword="true"/> for a known hotspot.</returns>
    public static bool IsKnownHotspot(string gene, ProteinChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Kind != ProteinChangeKind.Substitution || change.Start is not { } start)
        {
            return false;
        }

        return gene switch
        {
            "KRAS" or "NRAS" => ExtendedRasCodons.Contains(start.Position),
            "BRAF" => start is { AminoAcid: AminoAcid.Val, Position: 600 },
            _ => false,
        };
    }

    /// <summary>Infers the significance of an unclassified variant.</summary>
    /// <param name="gene">An upper-case gene symbol.</param>
    /// <param name="change">The change.</param>
    /// <returns>The significance and the reason for it.</returns>
    public static (ClinicalSignificance Significance, SignificanceBasis Basis) Infer(string gene, ProteinChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (IsKnownHotspot(gene, change))
        {
            return (ClinicalSignificance.Pathogenic, SignificanceBasis.KnownHotspot);
        }

        if (change.IsTruncating && IsTumourSuppressor(gene))
        {
            return (ClinicalSignificance.LikelyPathogenic, SignificanceBasis.TruncatingInTumourSuppressor);
        }

        return (ClinicalSignificance.Uncertain, SignificanceBasis.NotInferable);
    }
}
