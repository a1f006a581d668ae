using System.Collections.Immutable;

namespace OncoExplain.Knowledge.Data;

/// <summary>The cancer sets rules are written for.</summary>
internal static class CancerSets
{
    public static ImmutableArray<CancerType> Both { get; } = [CancerType.Pancreatic, CancerType.Colorectal];

    public static ImmutableArray<CancerType> Pancreatic { get; } = [CancerType.Pancreatic];

    public static ImmutableArray<CancerType> Colorectal { get; } = [CancerType.Colorectal];
}
