using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>Arguments collected by a check, on the stack up to <see cref="InlineCapacity"/> items (a list beyond), so the
/// common check allocates nothing. Use as a local and pass <see cref="Items"/> to an <see cref="Evaluation"/>.</summary>
internal struct ArgumentList
{
    public const int InlineCapacity = 8;

    private Slots inline;
    private List<string>? overflow;
    private int count;

    public readonly int Count => overflow?.Count ?? count;

    [UnscopedRef]
    public ReadOnlySpan<string> Items => overflow is null ? ((ReadOnlySpan<string>)inline)[..count] : CollectionsMarshal.AsSpan(overflow);

    public void Add(string item)
    {
        if (overflow is null && count < InlineCapacity)
        {
            inline[count++] = item;
            return;
        }

        if (overflow is null)
        {
            overflow = new List<string>(InlineCapacity * 2);
            overflow.AddRange(((ReadOnlySpan<string>)inline)[..count]);
        }

        overflow.Add(item);
    }

    [InlineArray(InlineCapacity)]
    private struct Slots
    {
        private string element;
    }
}
