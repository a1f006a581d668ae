namespace OncoExplain.Tests.Eligibility;

/// <summary>Builds test profiles in a few words: <c>Crc().Left().RasWildType().Treated("folfox", 1)</c>.</summary>
internal sealed class ProfileBuilder(CancerType cancer)
{
    private readonly List<GeneVariant> variants = [];
    private readonly List<string> negatives = [];
    private readonly List<GeneFusion> fusions = [];
    private readonly List<TreatmentCourse> treatments = [];
    private readonly List<MetastaticSite> sites = [];
    private PrimarySite? primary;
    private int? ecog = 1;
    private int? age = 62;
    private bool? resectable;
    private MsiStatus? msi;
    private MmrStatus? mmr;
    private double? tmb;
    private Her2Status? her2;

    public static ProfileBuilder Crc() => new(CancerType.Colorectal);

    public static ProfileBuilder Pdac() => new(CancerType.Pancreatic);

    public ProfileBuilder Left() => Site(PrimarySite.SigmoidColon);

    public ProfileBuilder Right() => Site(PrimarySite.AscendingColon);

    public ProfileBuilder Site(PrimarySite site)
    {
        primary = site;
        return this;
    }

    public ProfileBuilder Ecog(int? value)
    {
        ecog = value;
        return this;
    }

    public ProfileBuilder Age(int? value)
    {
        age = value;
        return this;
    }

    public ProfileBuilder Mets(params MetastaticSite[] values)
    {
        sites.AddRange(values);
        return this;
    }

    public ProfileBuilder Resectable(bool? value)
    {
        resectable = value;
        return this;
    }

    public ProfileBuilder Variant(string gene, string change, bool germline = false)
    {
        variants.Add(GeneVariant.Of(gene, change, germline ? VariantOrigin.Germline : VariantOrigin.Somatic));
        return this;
    }

    public ProfileBuilder Germline(string gene, string change) => Variant(gene, change, germline: true);

    public ProfileBuilder Negative(params string[] genes)
    {
        negatives.AddRange(genes);
        return this;
    }

    public ProfileBuilder RasWildType() => Negative("KRAS", "NRAS");

    public ProfileBuilder RasBrafWildType() => Negative("KRAS", "NRAS", "BRAF");

    public ProfileBuilder Fusion(string text)
    {
        fusions.Add(GeneFusion.Parse(text));
        return this;
    }

    public ProfileBuilder Msi(MsiStatus value)
    {
        msi = value;
        return this;
    }

    public ProfileBuilder Mmr(MmrStatus value)
    {
        mmr = value;
        return this;
    }

    public ProfileBuilder Mss() => Msi(MsiStatus.Stable).Mmr(MmrStatus.Proficient);

    public ProfileBuilder Tmb(double value)
    {
        tmb = value;
        return this;
    }

    public ProfileBuilder Her2(Her2Status value)
    {
        her2 = value;
        return this;
    }

    public ProfileBuilder Treated(string regimen, int line, int? weeks = null, TreatmentOutcome? outcome = TreatmentOutcome.Progression)
    {
        treatments.Add(new TreatmentCourse(Regimen.Parse(regimen), line, weeks, outcome));
        return this;
    }

    /// <summary>FOLFOX then FOLFIRI: fluoropyrimidine, oxaliplatin and irinotecan, no biologic.</summary>
    public ProfileBuilder AfterStandardChemotherapy() => Treated("folfox", 1).Treated("folfiri", 2);

    /// <summary>FOLFOX + bevacizumab then FOLFIRI + bevacizumab.</summary>
    public ProfileBuilder AfterChemotherapyAndBevacizumab() => Treated("folfox+bevacizumab", 1).Treated("folfiri+bevacizumab", 2);

    public TumourProfile Build() => new(
        cancer,
        stage: StageGroup.IV,
        metastaticSites: sites,
        primarySite: primary,
        ecog: ecog,
        age: age,
        liverMetastasesResectable: resectable,
        biomarkers: new Biomarkers(variants, negatives, msi, mmr, tmb, her2, fusions),
        treatments: treatments);
}
