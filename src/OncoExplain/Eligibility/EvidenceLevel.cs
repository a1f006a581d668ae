using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>
/// A therapeutic evidence level using the OncoKB level vocabulary (clinical fact sheet §4.1, source E1). The levels here are
/// derived by OncoExplain from public primary sources (FDA labels, trials), not read from OncoKB data.
/// Wire names: <c>1</c>, <c>2</c>, <c>3A</c>, <c>3B</c>, <c>4</c>, <c>R1</c>, <c>R2</c>.
/// </summary>
public enum EvidenceLevel
{
    /// <summary>The FDA recognises the biomarker as predicting response to an FDA-approved drug in this tumour type (including tumour-agnostic approvals).</summary>
    [JsonStringEnumMemberName("1")]
    Level1,

    /// <summary>A standard-of-care biomarker (expert guideline) predicting response to an FDA-approved drug in this tumour type.</summary>
    [JsonStringEnumMemberName("2")]
    Level2,

    /// <summary>Compelling clinical evidence in this tumour type; neither biomarker nor drug is standard of care.</summary>
    [JsonStringEnumMemberName("3A")]
    Level3A,

    /// <summary>A biomarker predicting response to a drug in another tumour type.</summary>
    [JsonStringEnumMemberName("3B")]
    Level3B,

    /// <summary>Compelling biological evidence only.</summary>
    [JsonStringEnumMemberName("4")]
    Level4,

    /// <summary>A standard-of-care biomarker predicting resistance to an FDA-approved drug in this tumour type.</summary>
    [JsonStringEnumMemberName("R1")]
    R1,

    /// <summary>Compelling clinical evidence that the biomarker predicts resistance.</summary>
    [JsonStringEnumMemberName("R2")]
    R2,
}
