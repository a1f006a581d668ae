using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>The cancer a profile describes. OncoExplain covers the two adenocarcinomas below.</summary>
/// <remarks>The default value is <see cref="Pancreatic"/>; a profile always states its cancer explicitly.</remarks>
public enum CancerType
{
    /// <summary>Pancreatic ductal adenocarcinoma (OncoTree <c>PAAD</c>).</summary>
    [JsonStringEnumMemberName("pancreatic")]
    Pancreatic,

    /// <summary>Colorectal adenocarcinoma (OncoTree <c>COADREAD</c>, <c>COAD</c>, <c>READ</c>).</summary>
    [JsonStringEnumMemberName("colorectal")]
    Colorectal,
}
