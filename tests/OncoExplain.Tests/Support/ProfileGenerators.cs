using FsCheck;
using FsCheck.Fluent;

namespace OncoExplain.Tests.Support;

/// <summary>
/// FsCheck generators of valid tumour profiles: realistic variants (hotspots, variants of uncertain significance,
/// truncating changes in DNA-repair genes, germline and somatic), tested-negative genes that never contradict a
/// variant, every biomarker independently absent or present, and treatment histories. Register with
/// <c>[Property(Arbitrary = [typeof(ProfileGenerators)])]</c>.
/// </summary>
public static class ProfileGenerators
{
    private static readonly (string Gene, string Change)[] VariantPool =
    [
        ("KRAS", "p.G12D"), ("KRAS", "p.G12V"), ("KRAS", "p.G12R"), ("KRAS", "p.G12C"), ("KRAS", "p.G13D"),
        ("KRAS", "p.Q61H"), ("KRAS", "p.A146T"), ("KRAS", "p.A18D"), ("NRAS", "p.Q61K"), ("NRAS", "p.G12D"),
        ("BRAF", "p.V600E"), ("BRAF", "p.D594G"), ("BRCA1", "p.E1836fs"), ("BRCA2", "p.S1982Rfs*22"),
        ("BRCA2", "p.K3326*"), ("PALB2", "p.Q775*"), ("ATM", "p.R3008C"), ("TP53", "p.R175H"), ("TP53", "p.R273H"),
        ("SMAD4", "p.R361H"), ("CDKN2A", "p.R80*"), ("APC", "p.R1450*"), ("PIK3CA", "p.H1047R"), ("POLE", "p.P286R"),
        ("MLH1", "p.R226*"), ("ERBB2", "p.S310F"), ("NTRK1", "p.G595R"),
    ];

    private static readonly string[] TestableGenes =
    [
        "KRAS", "NRAS", "BRAF", "BRCA1", "BRCA2", "PALB2", "ATM", "ERBB2", "NTRK1", "NTRK2", "NTRK3", "RET", "NRG1", "ALK", "ROS1",
    ];

    private static readonly string[] FusionPool = ["ETV6::NTRK3", "TPM3::NTRK1", "CD74::NRG1", "SLC3A2::NRG1", "CCDC6::RET", "NCOA4::RET", "NTRK2", "FGFR2::BICC1", "EML4::ALK"];

    private static readonly string[] RegimenPool =
    [
        "folfirinox", "nalirifox", "gemcitabine-nab-paclitaxel", "nal-iri-fluorouracil", "gem-cis", "folfox", "folfiri",
        "capox", "folfox+bevacizumab", "folfiri+cetuximab", "folfox+panitumumab", "pembrolizumab", "olaparib",
        "trifluridine-tipiracil+bevacizumab", "regorafenib", "fruquintinib", "encorafenib+cetuximab", "gemcitabine",
    ];

    /// <summary>Valid tumour profiles.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TumourProfile> Profiles() => Profile().ToArbitrary();

    /// <summary>The generator behind <see cref="Profiles"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<TumourProfile> Profile() =>
        from cancer in Gen.Elements(CancerType.Pancreatic, CancerType.Colorectal)
        from id in Maybe(Gen.Elements("A-001", "patient <b>42</b>", "Ünïcödé \"id\"", "cohort/7"))
        from stage in Gen.Frequency((6, Gen.Constant<StageGroup?>(StageGroup.IV)), (1, Gen.Constant<StageGroup?>(null)), (1, Gen.Elements<StageGroup?>(StageGroup.I, StageGroup.II, StageGroup.III)))
        from sites in Gen.SubListOf(Enum.GetValues<MetastaticSite>())
        from primary in Maybe(Gen.Elements(Enum.GetValues<PrimarySite>().Where(s => s.Organ() == cancer).ToArray()))
        from ecog in Maybe(Gen.Choose(0, 4))
        from age in Maybe(Gen.Choose(18, 95))
        from resectable in Maybe(Gen.Elements(true, false))
        from biomarkers in Biomarkers()
        from treatments in Gen.ListOf(Treatment()).Select(t => t.Take(4))
        select new TumourProfile(
            cancer, id, stage, sites, primary, ecog, age,
            sites.Contains(MetastaticSite.Liver) ? resectable : null,
            biomarkers, treatments);

    /// <summary>Valid biomarker sets.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Biomarkers> Biomarkers() =>
        from picks in Gen.SubListOf(VariantPool)
        from variants in Gen.CollectToList(picks.Take(5), Variant)
        from negatives in Gen.SubListOf(TestableGenes)
        from msi in Maybe(Gen.Elements(MsiStatus.High, MsiStatus.Stable, MsiStatus.Low))
        from mmr in Maybe(Gen.Elements(MmrStatus.Deficient, MmrStatus.Proficient))
        from tmb in Maybe(Gen.Elements(0.5, 3.2, 9.9, 10.0, 12.5, 48.0))
        from her2 in Maybe(Gen.Elements(Enum.GetValues<Her2Status>()))
        from fusions in Gen.SubListOf(FusionPool)
        let variantList = variants.ToList()
        let positiveGenes = variantList.Where(v => v.IsPathogenic).Select(v => v.Gene).ToHashSet()
        select new Biomarkers(
            variantList,
            negatives.Where(g => !positiveGenes.Contains(g)),
            msi, mmr, tmb, her2,
            fusions.Take(2).Select(GeneFusion.Parse));

    private static Gen<GeneVariant> Variant((string Gene, string Change) pick) =>
        from origin in Gen.Frequency((4, Gen.Constant(VariantOrigin.Somatic)), (1, Gen.Constant(VariantOrigin.Germline)))
        from significance in Maybe(Gen.Elements(Enum.GetValues<ClinicalSignificance>()))
        select GeneVariant.Of(pick.Gene, pick.Change, origin, significance);

    private static Gen<TreatmentCourse> Treatment() =>
        from regimen in Gen.Elements(RegimenPool)
        from line in Maybe(Gen.Choose(1, 4))
        from weeks in Maybe(Gen.Choose(0, 60))
        from outcome in Maybe(Gen.Elements(Enum.GetValues<TreatmentOutcome>()))
        select new TreatmentCourse(Regimen.Parse(regimen), line, weeks, outcome);

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<string?> Maybe(Gen<string> gen) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (2, gen.Select(v => (string?)v)));
}
