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
    RightColon,

    /// <summary>Left colon, not further specified.</summary>
    LeftColon,

    /// <summary>The rectum (left-sided).</summary>
    Rectum,

    /// <summary>The caecum (right-sided).</summary>
    Caecum,

    /// <summary>The ascending colon (right-sided).</summary>
    AscendingColon,

    /// <summary>The hepatic flexure (right-sided).</summary>
    HepaticFlexure,

    /// <summary>The transverse colon, without saying which part: the side is unknown.</summary>
    TransverseColon,

    /// <summary>The splenic flexure (left-sided).</summary>
    SplenicFlexure,

    /// <summary>The descending colon (left-sided).</summary>
    DescendingColon,

    /// <summary>The sigmoid colon (left-sided).</summary>
    SigmoidColon,

    /// <summary>The rectosigmoid junction (left-sided).</summary>
    Rectosigmoid,

    /// <summary>Head of the pancreas.</summary>
    Head,

    /// <summary>Body of the pancreas.</summary>
    Body,

    /// <summary>Tail of the pancreas.</summary>
    Tail,
}
