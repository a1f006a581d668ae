namespace OncoExplain;

/// <summary>
/// The codes of <see cref="ProfileIssue.Code"/>. They are part of the wire contract: stable, kebab-case, never reused
/// for another meaning. Errors make a profile invalid; warnings do not.
/// </summary>
public static class ProfileIssueCodes
{
    /// <summary>Error: the input is empty or only white space.</summary>
    public const string Empty = "empty";

    /// <summary>Error: the input is not valid UTF-8.</summary>
    public const string Encoding = "encoding";

    /// <summary>Error: the input is not well-formed JSON (comments, trailing commas and several top-level values included).</summary>
    public const string Syntax = "syntax";

    /// <summary>Error: the input exceeds a limit: <see cref="ProfileJson.MaxBytes"/>, <see cref="ProfileJson.MaxDepth"/> or <see cref="ProfileJson.MaxArrayLength"/>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>Error: a property the contract does not define (names are case-sensitive).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>Error: the same property appears twice in one object.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>Error: a value of the wrong JSON type, for example a number written as a string.</summary>
    public const string WrongType = "wrong-type";

    /// <summary>Error: a required value is missing (<c>cancer</c>, a variant's <c>gene</c> or <c>change</c>, a treatment's <c>regimen</c>).</summary>
    public const string Required = "required";

    /// <summary>Error: a number or length outside its range (ECOG 0–4, age 0–120, TMB 0–1000, weeks 0–520, line 1–15, id at most 200 characters).</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>Error: the <c>id</c> contains a control character (U+0000–U+001F or U+007F–U+009F: NUL, tab, line breaks, escape…).</summary>
    public const string ControlCharacter = "control-character";

    /// <summary>Error: a string that is not one of the accepted values of an enumeration; the message lists them.</summary>
    public const string UnknownValue = "unknown-value";

    /// <summary>Error: a gene symbol that is not well formed.</summary>
    public const string InvalidGene = "invalid-gene";

    /// <summary>Error: a protein change that is not valid HGVS; the message is the parser's.</summary>
    public const string InvalidHgvs = "invalid-hgvs";

    /// <summary>Error: a fusion that is not written <c>5'GENE::3'GENE</c> or as one gene.</summary>
    public const string InvalidFusion = "invalid-fusion";

    /// <summary>Error: a regimen, or a part of one, that the drug catalogue does not know.</summary>
    public const string UnknownRegimen = "unknown-regimen";

    /// <summary>
    /// Error: values that cannot all be true: a pathogenic variant in a gene listed as tested negative, a primary site
    /// of the other organ, or <c>liverMetastasesResectable</c> with metastatic sites that do not include the liver.
    /// </summary>
    public const string Contradiction = "contradiction";

    /// <summary>Error: the same variant (gene and change) listed twice.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Warning: MSI-high with MMR proficient, or microsatellite stable/low with MMR deficient.</summary>
    public const string MsiMmrDiscordant = "msi-mmr-discordant";

    /// <summary>Warning: a stage other than IV; the explanations are written for stage IV.</summary>
    public const string NotStageIV = "not-stage-iv";

    /// <summary>Warning: an age under 18; the explanations and their evidence are about adults.</summary>
    public const string AgeUnder18 = "age-under-18";

    /// <summary>Warning: a fusion with no known driver gene; it is kept but not interpreted.</summary>
    public const string FusionNotInterpreted = "fusion-not-interpreted";

    /// <summary>Warning: a variant in a gene that no rule or explanation reads; it is kept but not interpreted.</summary>
    public const string GeneNotInterpreted = "gene-not-interpreted";

    /// <summary>Warning: a fusion involving a gene that is also listed as tested negative (DNA panels often miss fusions); the fusion counts.</summary>
    public const string FusionGeneListedNegative = "fusion-gene-listed-negative";

    /// <summary>Warning: a variant of uncertain significance in a gene that gates a treatment decision; it counts as neither positive nor negative.</summary>
    public const string UncertainGatingVariant = "uncertain-gating-variant";

    /// <summary>Warning: a metastatic site, negative gene or fusion listed more than once; it is kept once.</summary>
    public const string RepeatedValue = "repeated-value";
}
