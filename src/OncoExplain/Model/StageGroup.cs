using System.Text.Json.Serialization;

namespace OncoExplain;

/// <summary>The AJCC stage group of the cancer. Sub-stages (IVA, IVB, IVC) are folded into their group.</summary>
public enum StageGroup
{
    /// <summary>Stage I.</summary>
    [JsonStringEnumMemberName("I")]
    I = 1,

    /// <summary>Stage II.</summary>
    [JsonStringEnumMemberName("II")]
    II = 2,

    /// <summary>Stage III.</summary>
    [JsonStringEnumMemberName("III")]
    III = 3,

    /// <summary>Stage IV: the cancer has spread to distant organs. The explanations are written for this stage.</summary>
    [JsonStringEnumMemberName("IV")]
    IV = 4,
}
