namespace OncoExplain.Tests.Eligibility;

/// <summary>Adds one negative test result to a profile, for the monotonicity property.</summary>
internal static class NegativeResults
{
    private static readonly string[] Genes = ["KRAS", "NRAS", "BRAF", "BRCA1", "BRCA2", "PALB2", "POLE", "NTRK1", "NTRK2", "NTRK3", "RET", "NRG1"];

    /// <summary>The profile with one more negative result, or <see langword="null"/> when the pick cannot be added (already known or contradictory).</summary>
    public static TumourProfile? Add(TumourProfile profile, byte pick)
    {
        var b = profile.Biomarkers;
        var index = pick % (Genes.Length + 4);
        Biomarkers? more = index switch
        {
            _ when index < Genes.Length => AddGene(b, Genes[index]),
            _ when index == Genes.Length => b.Msi is null ? new Biomarkers(b.Variants, b.NegativeGenes, MsiStatus.Stable, b.Mmr, b.Tmb, b.Her2, b.Fusions) : null,
            _ when index == Genes.Length + 1 => b.Mmr is null ? new Biomarkers(b.Variants, b.NegativeGenes, b.Msi, MmrStatus.Proficient, b.Tmb, b.Her2, b.Fusions) : null,
            _ when index == Genes.Length + 2 => b.Tmb is null ? new Biomarkers(b.Variants, b.NegativeGenes, b.Msi, b.Mmr, 3.0, b.Her2, b.Fusions) : null,
            _ => b.Her2 is null ? new Biomarkers(b.Variants, b.NegativeGenes, b.Msi, b.Mmr, b.Tmb, Her2Status.Ihc0, b.Fusions) : null,
        };

        return more is null
            ? null
            : new TumourProfile(profile.Cancer, profile.Id, profile.Stage, profile.MetastaticSites, profile.PrimarySite, profile.Ecog, profile.Age, profile.LiverMetastasesResectable, more, profile.Treatments);
    }

    private static Biomarkers? AddGene(Biomarkers b, string gene)
    {
        var pathogenic = b.VariantsIn(gene).Any(v => v.IsPathogenic);
        var fused = b.Fusions.Any(f => f.Involves(gene));
        if (pathogenic || fused || b.NegativeGenes.Contains(gene))
        {
            return null;
        }

        return new Biomarkers(b.Variants, [.. b.NegativeGenes, gene], b.Msi, b.Mmr, b.Tmb, b.Her2, b.Fusions);
    }
}
