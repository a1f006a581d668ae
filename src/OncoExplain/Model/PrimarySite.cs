using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>Where the primary tumour started, in as much detail as the report gives.</summary>
/// <remarks>
/// Colorectal sites map to a <see cref="Sidedness"/>: the right colon runs from the caecum to the proximal two thirds of
/// the transverse colon, the left colon from the splenic flexure to the rectum. A tumour reported only as
/// "transverse colon" cannot be sided. Pancreatic sites are the head, body and tail of the pancreas.
/// </remarks>
public enum PrimarySite
{
    /// <summary>Right colon, not further specified.</summary>
    [JsonStringEnumMemberName("right-colon")]
    RightColon,

    /// <summary>Left colon, not further specified.</summary>
    [JsonStringEnumMemberName("left-colon")]
    LeftColon,

    /// <summary>The rectum (left-sided).</summary>
    [JsonStringEnumMemberName("rectum")]
    Rectum,

    /// <summary>The caecum (right-sided).</summary>
    [JsonStringEnumMemberName("caecum")]
    Caecum,

    /// <summary>The ascending colon (right-sided).</summary>
    [JsonStringEnumMemberName("ascending-colon")]
    AscendingColon,

    /// <summary>The hepatic flexure (right-sided).</summary>
    [JsonStringEnumMemberName("hepatic-flexure")]
    HepaticFlexure,

    /// <summary>The transverse colon, without saying which part: the side is unknown.</summary>
    [JsonStringEnumMemberName("transverse-colon")]
    TransverseColon,

    /// <summary>The splenic flexure (left-sided).</summary>
    [JsonStringEnumMemberName("splenic-flexure")]
    SplenicFlexure,

    /// <summary>The descending colon (left-sided).</summary>
    [JsonStringEnumMemberName("descending-colon")]
    DescendingColon,

    /// <summary>The sigmoid colon (left-sided).</summary>
    [JsonStringEnumMemberName("sigmoid-colon")]
    SigmoidColon,

    /// <summary>The rectosigmoid junction (left-sided).</summary>
    [JsonStringEnumMemberName("rectosigmoid")]
    Rectosigmoid,

    /// <summary>Head of the pancreas.</summary>
    [JsonStringEnumMemberName("head")]
    Head,

    /// <summary>Body of the pancreas.</summary>
    [JsonStringEnumMemberName("body")]
    Body,

    /// <summary>Tail of the pancreas.</summary>
    [JsonStringEnumMemberName("tail")]
    Tail,
}
