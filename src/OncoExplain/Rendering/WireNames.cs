namespace OncoExplain;

/// <summary>The wire-contract spellings of enum values (kebab-case, evidence levels as OncoKB writes them).</summary>
public static class WireNames
{
    /// <summary>The wire name of a status: <c>candidate</c>, <c>candidate-later</c>, <c>needs-testing</c>, <c>investigational</c>, <c>not-a-candidate</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static string Of(FindingStatus status) => status switch
    {
        FindingStatus.Candidate => "candidate",
        FindingStatus.CandidateLater => "candidate-later",
        FindingStatus.NeedsTesting => "needs-testing",
        FindingStatus.Investigational => "investigational",
        FindingStatus.NotACandidate => "not-a-candidate",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The wire name of a bucket: <c>standard-option</c>, <c>worth-asking-about</c>, <c>experimental</c>, <c>likely-not-helpful</c>.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>The name.</returns>
    public static string Of(CaregiverBucket bucket) => bucket switch
    {
        CaregiverBucket.StandardOption => "standard-option",
        CaregiverBucket.WorthAskingAbout => "worth-asking-about",
        CaregiverBucket.Experimental => "experimental",
        CaregiverBucket.LikelyNotHelpful => "likely-not-helpful",
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, null),
    };

    /// <summary>The wire name of an evidence level: <c>1</c>, <c>2</c>, <c>3A</c>, <c>3B</c>, <c>4</c>, <c>R1</c>, <c>R2</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    public static string Of(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Level1 => "1",
        EvidenceLevel.Level2 => "2",
        EvidenceLevel.Level3A => "3A",
        EvidenceLevel.Level3B => "3B",
        EvidenceLevel.Level4 => "4",
        EvidenceLevel.R1 => "R1",
        EvidenceLevel.R2 => "R2",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The wire name of a condition outcome: <c>met</c>, <c>not-met</c>, <c>unknown</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The name.</returns>
    public static string Of(ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => "met",
        ConditionOutcome.NotMet => "not-met",
        ConditionOutcome.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The wire name of an audience: <c>caregiver</c> or <c>clinician</c>.</summary>
    /// <param name="audience">The audience.</param>
    /// <returns>The name.</returns>
    public static string Of(Audience audience) => audience == Audience.Clinician ? "clinician" : "caregiver";

    /// <summary>The wire name of a cancer: <c>pancreatic</c> or <c>colorectal</c>.</summary>
    /// <param name="cancer">The cancer.</param>
    /// <returns>The name.</returns>
    public static string Of(CancerType cancer) => cancer == CancerType.Colorectal ? "colorectal" : "pancreatic";
}
