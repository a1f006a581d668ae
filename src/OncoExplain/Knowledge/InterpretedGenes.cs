using System.Collections.Frozen;

namespace OncoExplain;

/// <summary>
/// The genes whose variants the eligibility rules or the explanation sections read. A variant in any other gene is kept
/// in the profile but changes nothing, so it is reported as not interpreted (a <c>gene-not-interpreted</c> warning when
/// read, and a warning in the explanation) instead of being passed over in silence.
/// </summary>
internal static class InterpretedGenes
{
    /// <summary>RAS/BRAF, DNA repair (BRCA1/2, PALB2), mismatch repair and POLE, HER2, and the fusion drivers.</summary>
    public static FrozenSet<string> All { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "KRAS", "NRAS", "BRAF", "BRCA1", "BRCA2", "PALB2", "MLH1", "MSH2", "MSH6", "PMS2", "POLE", "ERBB2",
        "NTRK1", "NTRK2", "NTRK3", "RET", "NRG1", "ALK", "ROS1", "FGFR2");

    /// <summary>Whether variants in this (normalized) gene are read.</summary>
    public static bool Contains(string gene) => All.Contains(gene);
}
