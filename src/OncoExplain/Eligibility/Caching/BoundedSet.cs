using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using OncoExplain.Internal;

namespace OncoExplain.Eligibility.Caching;

/// <summary>
/// A thread-safe set of shared immutable entries, found by a probe that is built on the stack (so a lookup allocates
/// nothing). Bounded: once <c>capacity</c> entries were reserved, <see cref="TryReserve"/> says no and the caller uses its
/// value unshared, so a stream of distinct profiles can never grow it without limit.
/// </summary>
/// <typeparam name="TEntry">The stored entry, which holds its own key.</typeparam>
/// <typeparam name="TProbe">The stack-only key used to find an entry.</typeparam>
internal sealed class BoundedSet<TEntry, TProbe>
    where TEntry : class
    where TProbe : notnull, allows ref struct
{
    private readonly ConcurrentDictionary<TEntry, TEntry> entries;
    private readonly ConcurrentDictionary<TEntry, TEntry>.AlternateLookup<TProbe> lookup;
    private readonly Room room;

    public BoundedSet(ProbeComparer<TEntry, TProbe> comparer, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        entries = new ConcurrentDictionary<TEntry, TEntry>(comparer);
        lookup = entries.GetAlternateLookup<TProbe>();
        room = new Room(capacity);
    }

    /// <summary>How many entries are stored.</summary>
    public int Count => entries.Count;

    public bool TryGet(TProbe probe, [MaybeNullWhen(false)] out TEntry entry) => lookup.TryGetValue(probe, out entry);

    /// <summary>Reserves room for one more entry; <paramref name="ticket"/> (from 1) is unique per reservation.</summary>
    public bool TryReserve(out int ticket) => room.TryTake(out ticket);

    /// <summary>Adds a reserved entry, or gives the equal one another thread added first.</summary>
    public TEntry Add(TEntry entry) => entries.GetOrAdd(entry, entry);
}
