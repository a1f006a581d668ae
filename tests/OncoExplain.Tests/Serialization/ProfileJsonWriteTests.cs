namespace OncoExplain.Tests.Serialization;

/// <summary>The exact text <see cref="ProfileJson.Write(TumourProfile, bool)"/> produces.</summary>
public sealed class ProfileJsonWriteTests
{
    private static readonly TumourProfile Example = new(
        CancerType.Pancreatic,
        "Ünïcödé <id> + \"quote\"",
        StageGroup.IV,
        [MetastaticSite.Peritoneum, MetastaticSite.Liver],
        PrimarySite.Head,
        ecog: 1,
        age: 58,
        liverMetastasesResectable: false,
        new Biomarkers(
            [GeneVariant.Of("kras", "p.Gly12Asp"), GeneVariant.Of("BRCA2", "p.Ser1982ArgfsTer22", VariantOrigin.Germline, ClinicalSignificance.Pathogenic)],
            ["ntrk1", "BRAF"],
            MsiStatus.Stable,
            MmrStatus.Proficient,
            3.2,
            Her2Status.Ihc2PlusIshNegative,
            [GeneFusion.Parse("CD74::NRG1")]),
        [new TreatmentCourse(Regimen.Parse("FOLFIRINOX"), 1, 18, TreatmentOutcome.Stable), new TreatmentCourse(Regimen.Parse("gem-nab"))]);

    [Fact]
    public void Writes_contract_json_in_contract_order()
    {
        Assert.Equal(
            """{"id":"Ünïcödé <id> + \"quote\"","cancer":"pancreatic","stage":"IV","metastaticSites":["liver","peritoneum"],"primarySite":"head","ecog":1,"age":58,"liverMetastasesResectable":false,"biomarkers":{"variants":[{"gene":"KRAS","change":"p.G12D"},{"gene":"BRCA2","change":"p.S1982Rfs*22","origin":"germline","significance":"pathogenic"}],"negativeGenes":["BRAF","NTRK1"],"msi":"stable","mmr":"proficient","tmb":3.2,"her2":"ihc2+/ish-","fusions":["CD74::NRG1"]},"treatments":[{"regimen":"folfirinox","line":1,"weeks":18,"outcome":"stable"},{"regimen":"gem-nab"}]}""",
            ProfileJson.Write(Example));
    }

    [Fact]
    public void Writes_nothing_for_what_is_not_known()
    {
        Assert.Equal("""{"cancer":"colorectal"}""", ProfileJson.Write(new TumourProfile(CancerType.Colorectal)));
    }

    [Fact]
    public void Indents_with_two_spaces_and_lf()
    {
        var json = ProfileJson.Write(new TumourProfile(CancerType.Colorectal, stage: StageGroup.IV, ecog: 0), indented: true);

        Assert.Equal("{\n  \"cancer\": \"colorectal\",\n  \"stage\": \"IV\",\n  \"ecog\": 0\n}", json);
    }

    [Fact]
    public void Writes_the_inferred_significance_of_no_variant()
    {
        var json = ProfileJson.Write(new TumourProfile(CancerType.Colorectal, biomarkers: new Biomarkers([GeneVariant.Of("BRAF", "p.V600E")])));

        Assert.DoesNotContain("significance", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_back_what_it_writes()
    {
        Assert.Equal(Example, ProfileJson.Read(ProfileJson.Write(Example, indented: true)).Profile);
    }
}
