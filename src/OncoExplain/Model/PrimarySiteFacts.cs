namespace OncoExplain;

/// <summary>Facts about <see cref="PrimarySite"/> values.</summary>
public static class PrimarySiteFacts
{
    /// <summary>The organ a primary site belongs to.</summary>
    /// <param name="site">The site.</param>
    /// <returns>The cancer type whose organ contains the site.</returns>
    public static CancerType Organ(this PrimarySite site) => site switch
    {
        PrimarySite.Head or PrimarySite.Body or PrimarySite.Tail => CancerType.Pancreatic,
        _ => CancerType.Colorectal,
    };

    /// <summary>The side of the bowel for a colorectal site; <see cref="Sidedness.Unknown"/> for the transverse colon and pancreatic sites.</summary>
    /// <param name="site">The site.</param>
    /// <returns>The side.</returns>
    public static Sidedness Side(this PrimarySite site) => site switch
    {
        PrimarySite.RightColon or PrimarySite.Caecum or PrimarySite.AscendingColon or PrimarySite.HepaticFlexure => Sidedness.Right,
        PrimarySite.LeftColon or PrimarySite.SplenicFlexure or PrimarySite.DescendingColon or PrimarySite.SigmoidColon
            or PrimarySite.Rectosigmoid or PrimarySite.Rectum => Sidedness.Left,
        _ => Sidedness.Unknown,
    };
}
