namespace OncoExplain.Cohorts;

/// <summary>The reasons an imported row or value was not used (<see cref="ImportIssue.Code"/>).</summary>
public static class ImportIssueCodes
{
    /// <summary>A clinical row has neither a sample nor a patient id: no profile.</summary>
    public const string MissingId = "missing-id";

    /// <summary>A clinical row repeats an id already read: no second profile.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>The cancer type is missing or is not pancreatic or colorectal (and no cancer was given): no profile.</summary>
    public const string CancerNotCovered = "cancer-not-covered";

    /// <summary>A sample row names a patient missing from the patient table: the sample is kept without patient columns.</summary>
    public const string PatientNotFound = "patient-not-found";

    /// <summary>A clinical value could not be read (the field stays unknown; the profile is kept).</summary>
    public const string ValueNotUnderstood = "value-not-understood";

    /// <summary>An MSI status or score is indeterminate (for example MSIsensor between the stable and high thresholds): MSI stays unknown.</summary>
    public const string MsiIndeterminate = "msi-indeterminate";

    /// <summary>The detailed primary site and the left/right column disagree: the detailed site is used.</summary>
    public const string SideConflict = "side-conflict";

    /// <summary>A mutation row's sample matches no clinical row.</summary>
    public const string NoMatchingSample = "no-matching-sample";

    /// <summary>A mutation row matches a patient with several sample rows and no sample id: it cannot be assigned.</summary>
    public const string AmbiguousSample = "ambiguous-sample";

    /// <summary>A mutation row's classification does not change the protein (silent, intron, UTR, flank, splice region…).</summary>
    public const string NotProteinChanging = "not-protein-changing";

    /// <summary>A mutation row's gene is outside the genes kept (<see cref="CohortImportOptions.VariantGenes"/>).</summary>
    public const string GeneNotSelected = "gene-not-selected";

    /// <summary>A mutation row's gene symbol is malformed.</summary>
    public const string InvalidGene = "invalid-gene";

    /// <summary>A mutation row has no protein change.</summary>
    public const string MissingProteinChange = "missing-protein-change";

    /// <summary>A mutation row's protein change is not valid HGVS (for example MAF's <c>p.X123_splice</c>); the message says why.</summary>
    public const string InvalidProteinChange = "invalid-protein-change";

    /// <summary>The same gene and change were already read for the sample.</summary>
    public const string DuplicateVariant = "duplicate-variant";

    /// <summary>A profile could not be built from the row (the message says why): no profile.</summary>
    public const string ProfileRejected = "profile-rejected";
}
