using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>How a source's facts were checked in the clinical fact sheet. Only these two tags may back a rule; unverified facts are never encoded.</summary>
public enum SourceStatus
{
    /// <summary>[V]: checked against an authoritative text (FDA announcement or approval summary, journal abstract, guideline). Wire name <c>verified</c>.</summary>
    [JsonStringEnumMemberName("verified")]
    Verified,

    /// <summary>[S]: found only in a secondary source (news, review, company material). Wire name <c>secondary</c>.</summary>
    [JsonStringEnumMemberName("secondary")]
    Secondary,
}
