using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>How a course of treatment went.</summary>
public enum TreatmentOutcome
{
    /// <summary>The cancer shrank.</summary>
    [JsonStringEnumMemberName("response")]
    Response,

    /// <summary>The cancer stayed the same size.</summary>
    [JsonStringEnumMemberName("stable")]
    Stable,

    /// <summary>The cancer grew or spread during or after the treatment.</summary>
    [JsonStringEnumMemberName("progression")]
    Progression,

    /// <summary>The treatment is still going on.</summary>
    [JsonStringEnumMemberName("ongoing")]
    Ongoing,

    /// <summary>The treatment was stopped for another reason (side effects, choice).</summary>
    [JsonStringEnumMemberName("stopped")]
    Stopped,
}
