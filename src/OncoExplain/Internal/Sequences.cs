using System.Collections.Immutable;

namespace OncoExplain.Internal;

/// <summary>Structural equality for the immutable arrays inside records (records compare arrays by reference).</summary>
internal static class Sequences
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.AsSpan().SequenceEqual(right.AsSpan());

    public static void AddTo<T>(ref HashCode hash, ImmutableArray<T> items)
    {
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }
    }
}
