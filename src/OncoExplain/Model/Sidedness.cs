namespace OncoExplain;

/// <summary>Which side of the large bowel a colorectal primary tumour started on.</summary>
public enum Sidedness
{
    /// <summary>Not known: no primary site was given, or the site cannot be sided.</summary>
    Unknown,

    /// <summary>Caecum to the proximal two thirds of the transverse colon.</summary>
    Right,

    /// <summary>Splenic flexure to the rectum.</summary>
    Left,
}
