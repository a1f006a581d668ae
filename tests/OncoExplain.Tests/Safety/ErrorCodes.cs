using System.Reflection;

namespace OncoExplain.Tests.Safety;

/// <summary>The profile issue codes, read from <see cref="ProfileIssueCodes"/>, split by their documented kind (error or warning).</summary>
internal static class ErrorCodes
{
    /// <summary>Every code of <see cref="ProfileIssueCodes"/>.</summary>
    public static IReadOnlyList<string> Every { get; } = [.. typeof(ProfileIssueCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)];

    /// <summary>The warning codes (a profile with only these is valid).</summary>
    public static IReadOnlyList<string> Warnings { get; } =
    [
        ProfileIssueCodes.MsiMmrDiscordant, ProfileIssueCodes.NotStageIV, ProfileIssueCodes.AgeUnder18, ProfileIssueCodes.FusionNotInterpreted,
        ProfileIssueCodes.FusionGeneListedNegative, ProfileIssueCodes.UncertainGatingVariant, ProfileIssueCodes.RepeatedValue, ProfileIssueCodes.GeneNotInterpreted,
    ];

    /// <summary>The error codes.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Every.Except(Warnings)];
}
