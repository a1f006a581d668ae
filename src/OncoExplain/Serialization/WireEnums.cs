namespace OncoExplain.Serialization;

/// <summary>Every enum of the profile contract with the aliases the reader accepts besides the contract names.</summary>
internal static class WireEnums
{
    public static readonly WireEnum<CancerType> Cancer = new(
        "cancer",
        ("PAAD", CancerType.Pancreatic),
        ("COADREAD", CancerType.Colorectal),
        ("COAD", CancerType.Colorectal),
        ("READ", CancerType.Colorectal));

    public static readonly WireEnum<StageGroup> Stage = new(
        "stage",
        ("IA", StageGroup.I),
        ("IB", StageGroup.I),
        ("IIA", StageGroup.II),
        ("IIB", StageGroup.II),
        ("IIC", StageGroup.II),
        ("IIIA", StageGroup.III),
        ("IIIB", StageGroup.III),
        ("IIIC", StageGroup.III),
        ("IVA", StageGroup.IV),
        ("IVB", StageGroup.IV),
        ("IVC", StageGroup.IV));

    public static readonly WireEnum<MetastaticSite> MetastaticSite = new("metastatic site");

    public static readonly WireEnum<PrimarySite> PrimarySite = new("primary site", ("cecum", OncoExplain.PrimarySite.Caecum));

    public static readonly WireEnum<MsiStatus> Msi = new(
        "MSI result",
        ("msi-h", MsiStatus.High),
        ("mss", MsiStatus.Stable),
        ("msi-l", MsiStatus.Low));

    public static readonly WireEnum<MmrStatus> Mmr = new(
        "MMR result",
        ("dmmr", MmrStatus.Deficient),
        ("pmmr", MmrStatus.Proficient));

    public static readonly WireEnum<Her2Status> Her2 = new("HER2 result");

    public static readonly WireEnum<VariantOrigin> Origin = new("variant origin");

    public static readonly WireEnum<ClinicalSignificance> Significance = new("clinical significance");

    public static readonly WireEnum<TreatmentOutcome> Outcome = new("treatment outcome");
}
