using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The stable codes for why a test is recommended (<see cref="RecommendedTest.ReasonCode"/>). Descriptions are in <see cref="KnowledgeBase.Reasons"/>.</summary>
public static class ReasonCodes
{
    /// <summary>Guidelines recommend it for everyone with this cancer.</summary>
    public const string RecommendedForEveryone = "recommended-for-everyone-with-this-cancer";

    /// <summary>Recommended before the choice of systemic treatment in this cancer.</summary>
    public const string RecommendedBeforeTreatmentChoice = "recommended-before-treatment-choice";

    /// <summary>Recommended because the tumour is KRAS wild-type (pancreatic cancer).</summary>
    public const string RecommendedWhenKrasWildType = "recommended-when-kras-wild-type";

    /// <summary>Recommended because the tumour is RAS and BRAF wild-type (colorectal cancer).</summary>
    public const string RecommendedWhenRasBrafWildType = "recommended-when-ras-braf-wild-type";

    /// <summary>Settles an equivocal result already in the profile.</summary>
    public const string ConfirmsAnEquivocalResult = "confirms-an-equivocal-result";

    /// <summary>Not a routine recommendation here, but the result would decide whether an option applies.</summary>
    public const string DecidesAnOption = "decides-an-option";

    /// <summary>Every reason code, in catalogue order.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        RecommendedForEveryone, RecommendedBeforeTreatmentChoice, RecommendedWhenKrasWildType, RecommendedWhenRasBrafWildType,
        ConfirmsAnEquivocalResult, DecidesAnOption,
    ];
}
