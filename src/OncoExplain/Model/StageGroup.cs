namespace OncoExplain;

/// <summary>The AJCC stage group of the cancer. Sub-stages (IVA, IVB, IVC) are folded into their group.</summary>
public enum StageGroup
{
    /// <summary>Stage I.</summary>
    I = 1,

    /// <summary>Stage II.</summary>
    II = 2,

    /// <summary>Stage III.</summary>
    III = 3,

    /// <summary>Stage IV: the cancer has spread to distant organs. The explanations are written for this stage.</summary>
    IV = 4,
}
