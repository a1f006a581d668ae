using System.Text.Json.Nodes;

namespace OncoExplain.Serialization;

/// <summary>The descriptions and constraints the profile JSON Schema adds to each type and property.</summary>
internal static class SchemaDescriptions
{
    public static string? ForType(Type type) =>
        type == typeof(ProfileDocument) ? "A tumour profile of stage IV pancreatic or colorectal cancer. Only cancer is required; an absent value means not known or not tested, never negative."
        : type == typeof(VariantDocument) ? "A protein-changing variant found in one gene."
        : type == typeof(TreatmentDocument) ? "One course of treatment."
        : null;

    /// <summary>The description of a property and what to add to its schema.</summary>
    /// <exception cref="InvalidOperationException">A property has no description (a test builds the schema, so this cannot ship).</exception>
    public static (string Description, Action<JsonObject>? Constrain) ForProperty(Type? declaringType, string name) => (declaringType?.Name, name) switch
    {
        (nameof(ProfileDocument), "id") => ("An optional caller label, echoed back in every output. Escape it before showing it in HTML. No control characters.", n =>
        {
            n["maxLength"] = TumourProfile.MaxIdLength;
            n["pattern"] = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$";
        }),
        (nameof(ProfileDocument), "cancer") => ("The cancer. The reader also accepts the OncoTree codes PAAD, COADREAD, COAD and READ, in any case.", null),
        (nameof(ProfileDocument), "stage") => ("The AJCC stage group. The explanations are written for stage IV; another stage is a warning. The reader also accepts sub-stages such as IVA, IVB and IVC.", null),
        (nameof(ProfileDocument), "metastaticSites") => ("Where the cancer has spread. Absent or empty means not known.", ProfileSchema.MaxItems),
        (nameof(ProfileDocument), "primarySite") => ("Where the primary tumour started; it must belong to the cancer's organ (head, body and tail are pancreatic sites). The reader also accepts 'cecum'.", null),
        (nameof(ProfileDocument), "ecog") => ("ECOG performance status: 0 fully active … 4 in bed all day.", n => ProfileSchema.Range(n, 0, 4)),
        (nameof(ProfileDocument), "age") => ("Age in years. Under 18 is a warning: the explanations are about adults.", n => ProfileSchema.Range(n, 0, 120)),
        (nameof(ProfileDocument), "liverMetastasesResectable") => ("Whether a surgical team judged the liver metastases removable. When metastaticSites is given it must include the liver.", null),
        (nameof(ProfileDocument), "biomarkers") => ("The test results. A marker that is absent was not tested, which is never the same as negative.", null),
        (nameof(ProfileDocument), "treatments") => ("The treatment history, in order.", ProfileSchema.MaxItems),
        (nameof(BiomarkersDocument), "variants") => ("Variants found. The same gene and change may be listed only once.", ProfileSchema.MaxItems),
        (nameof(BiomarkersDocument), "negativeGenes") => ("Genes tested with no pathogenic variant found. A gene listed here may not also carry a pathogenic variant.", ProfileSchema.GeneItems),
        (nameof(BiomarkersDocument), "msi") => ("The microsatellite-instability result; low is treated like stable. The reader also accepts MSI-H, MSS and MSI-L.", null),
        (nameof(BiomarkersDocument), "mmr") => ("The mismatch-repair result. The reader also accepts dMMR and pMMR. Disagreement with msi is a warning.", null),
        (nameof(BiomarkersDocument), "tmb") => ("Tumour mutational burden in mutations per megabase.", n => ProfileSchema.Range(n, 0.0, Biomarkers.MaxTmb)),
        (nameof(BiomarkersDocument), "her2") => ("The HER2 result: IHC score with ISH when done (ihc2+ alone is equivocal), or amplification by ISH or sequencing.", null),
        (nameof(BiomarkersDocument), "fusions") => ("Gene fusions found, written 5'GENE::3'GENE (ETV6::NTRK3) or as the driver gene alone (NRG1). A fusion without a known driver is kept but not interpreted.", ProfileSchema.FusionItems),
        (nameof(VariantDocument), "gene") => ("The HGNC gene symbol, for example KRAS; case is ignored.", ProfileSchema.Gene),
        (nameof(VariantDocument), "change") => ("The HGVS protein change, in one- or three-letter form: p.G12D, p.Gly12Asp, p.(Gly12Asp), p.S1982Rfs*22, p.K3326*.", n => n["maxLength"] = ProteinChange.MaxLength),
        (nameof(VariantDocument), "origin") => ("Where the variant was found: somatic (the tumour, the default) or germline (inherited).", null),
        (nameof(VariantDocument), "significance") => ("The significance the report gave. When absent the library infers it: a known hotspot is pathogenic, a truncating change in a tumour suppressor likely pathogenic, anything else uncertain.", null),
        (nameof(TreatmentDocument), "regimen") => ("A known regimen or drug id, or several joined with '+', for example folfirinox or folfox+bevacizumab.", null),
        (nameof(TreatmentDocument), "line") => ("The line of therapy for metastatic disease; 1 is first line.", n => ProfileSchema.Range(n, 1, TreatmentCourse.MaxLine)),
        (nameof(TreatmentDocument), "weeks") => ("How many weeks it was given.", n => ProfileSchema.Range(n, 0, TreatmentCourse.MaxWeeks)),
        (nameof(TreatmentDocument), "outcome") => ("How it went.", null),
        _ => throw new InvalidOperationException($"The schema has no description for {declaringType?.Name}.{name}."),
    };
}
