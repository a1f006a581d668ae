namespace OncoExplain;

/// <summary>The stable wire names of the eligibility, knowledge and explanation enums, the same as their JSON names.</summary>
public static class WireNames
{
    /// <summary>The wire name of a status, for example <c>candidate-later</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this FindingStatus status) => status switch
    {
        FindingStatus.Candidate => "candidate",
        FindingStatus.CandidateLater => "candidate-later",
        FindingStatus.NeedsTesting => "needs-testing",
        FindingStatus.Investigational => "investigational",
        _ => "not-a-candidate",
    };

    /// <summary>The wire name of an evidence level, for example <c>3A</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this EvidenceLevel level) => level switch
    {
        EvidenceLevel.Level1 => "1",
        EvidenceLevel.Level2 => "2",
        EvidenceLevel.Level3A => "3A",
        EvidenceLevel.Level3B => "3B",
        EvidenceLevel.Level4 => "4",
        EvidenceLevel.R1 => "R1",
        _ => "R2",
    };

    /// <summary>The wire name of a bucket, for example <c>worth-asking-about</c>.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this CaregiverBucket bucket) => bucket switch
    {
        CaregiverBucket.StandardOption => "standard-option",
        CaregiverBucket.WorthAskingAbout => "worth-asking-about",
        CaregiverBucket.Experimental => "experimental",
        _ => "likely-not-helpful",
    };

    /// <summary>The wire name of a condition outcome: <c>met</c>, <c>not-met</c> or <c>unknown</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => "met",
        ConditionOutcome.NotMet => "not-met",
        _ => "unknown",
    };

    /// <summary>The wire name of a source status: <c>verified</c> or <c>secondary</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this SourceStatus status) => status == SourceStatus.Verified ? "verified" : "secondary";

    /// <summary>The wire name of a rule effect: <c>indication</c>, <c>investigational</c> or <c>resistance</c>.</summary>
    /// <param name="effect">The effect.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this RuleEffect effect) => effect switch
    {
        RuleEffect.Indication => "indication",
        RuleEffect.Investigational => "investigational",
        _ => "resistance",
    };

    /// <summary>The wire name of a condition kind, for example <c>treatment-history</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ConditionKind kind) => kind switch
    {
        ConditionKind.Cancer => "cancer",
        ConditionKind.Biomarker => "biomarker",
        ConditionKind.TreatmentHistory => "treatment-history",
        ConditionKind.Fitness => "fitness",
        _ => "anatomy",
    };

    /// <summary>The wire name of an unmet effect: <c>rules-out</c> or <c>later</c>.</summary>
    /// <param name="effect">The effect.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this UnmetEffect effect) => effect == UnmetEffect.RulesOut ? "rules-out" : "later";

    /// <summary>The wire name of an unknown effect: <c>needs-testing</c>, <c>later</c> or <c>caveat</c>.</summary>
    /// <param name="effect">The effect.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this UnknownEffect effect) => effect switch
    {
        UnknownEffect.NeedsTesting => "needs-testing",
        UnknownEffect.Later => "later",
        _ => "caveat",
    };

    /// <summary>The wire name of a cancer: <c>pancreatic</c> or <c>colorectal</c>.</summary>
    /// <param name="cancer">The cancer.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this CancerType cancer) => cancer == CancerType.Colorectal ? "colorectal" : "pancreatic";

    /// <summary>The wire name of an audience: <c>caregiver</c> or <c>clinician</c>.</summary>
    /// <param name="audience">The audience.</param>
    /// <returns>The name.</returns>
    public static string ToWireName(this Audience audience) => audience == Audience.Clinician ? "clinician" : "caregiver";
}
