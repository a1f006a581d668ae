using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>
/// The plain-language group a finding falls into for caregivers (clinical fact sheet §4.4; an OncoExplain mapping, to be
/// validated with clinicians). Wire names: <c>standard-option</c>, <c>worth-asking-about</c>, <c>experimental</c>,
/// <c>likely-not-helpful</c>.
/// </summary>
public enum CaregiverBucket
{
    /// <summary>Approved or guideline-standard for this cancer (levels 1 and 2, and standard chemotherapy).</summary>
    [JsonStringEnumMemberName("standard-option")]
    StandardOption,

    /// <summary>Strong evidence but not standard here; often a trial or off-label use (levels 3A and 3B).</summary>
    [JsonStringEnumMemberName("worth-asking-about")]
    WorthAskingAbout,

    /// <summary>Laboratory evidence only (level 4).</summary>
    [JsonStringEnumMemberName("experimental")]
    Experimental,

    /// <summary>Ruled out for this profile, or the biomarker predicts resistance (levels R1 and R2).</summary>
    [JsonStringEnumMemberName("likely-not-helpful")]
    LikelyNotHelpful,
}
