namespace OncoExplain.Serialization;

/// <summary>
/// The profile JSON of wire contract v1, property for property: what <see cref="ProfileJson.Write(TumourProfile, bool)"/>
/// writes and what the JSON Schema describes. Values are not validated here; turn a document into a
/// <see cref="TumourProfile"/> with <see cref="ProfileJson.FromDocument(ProfileDocument)"/>.
/// </summary>
/// <remarks>Every property but <see cref="Cancer"/> is optional: <see langword="null"/> means not known or not tested.</remarks>
public sealed class ProfileDocument
{
    /// <summary>An optional caller label, echoed back in every output.</summary>
    public string? Id { get; init; }

    /// <summary>The cancer (<c>pancreatic</c> or <c>colorectal</c>).</summary>
    public required CancerType Cancer { get; init; }

    /// <summary>The stage group (<c>I</c> … <c>IV</c>).</summary>
    public StageGroup? Stage { get; init; }

    /// <summary>Where the cancer has spread.</summary>
    public IReadOnlyList<MetastaticSite>? MetastaticSites { get; init; }

    /// <summary>Where the primary tumour started.</summary>
    public PrimarySite? PrimarySite { get; init; }

    /// <summary>ECOG performance status, 0–4.</summary>
    public int? Ecog { get; init; }

    /// <summary>Age in years, 0–120.</summary>
    public int? Age { get; init; }

    /// <summary>Whether a surgical team judged the liver metastases removable.</summary>
    public bool? LiverMetastasesResectable { get; init; }

    /// <summary>The test results.</summary>
    public BiomarkersDocument? Biomarkers { get; init; }

    /// <summary>The treatment history.</summary>
    public IReadOnlyList<TreatmentDocument>? Treatments { get; init; }
}
