namespace OncoExplain;

/// <summary>The cancer a profile describes. OncoExplain covers the two adenocarcinomas below.</summary>
/// <remarks>The default value is <see cref="Pancreatic"/>; a profile always states its cancer explicitly.</remarks>
public enum CancerType
{
    /// <summary>Pancreatic ductal adenocarcinoma (OncoTree <c>PAAD</c>).</summary>
    Pancreatic,

    /// <summary>Colorectal adenocarcinoma (OncoTree <c>COADREAD</c>, <c>COAD</c>, <c>READ</c>).</summary>
    Colorectal,
}
