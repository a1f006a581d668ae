using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>What part of the profile a condition looks at.</summary>
public enum ConditionKind
{
    /// <summary>The cancer type. Wire name <c>cancer</c>.</summary>
    [JsonStringEnumMemberName("cancer")]
    Cancer,

    /// <summary>A tumour or germline test result. Wire name <c>biomarker</c>.</summary>
    [JsonStringEnumMemberName("biomarker")]
    Biomarker,

    /// <summary>The treatment history (line of therapy, prior drugs, outcome). Wire name <c>treatment-history</c>.</summary>
    [JsonStringEnumMemberName("treatment-history")]
    TreatmentHistory,

    /// <summary>Fitness: performance status or age. Wire name <c>fitness</c>.</summary>
    [JsonStringEnumMemberName("fitness")]
    Fitness,

    /// <summary>Where the tumour started or has spread. Wire name <c>anatomy</c>.</summary>
    [JsonStringEnumMemberName("anatomy")]
    Anatomy,
}
