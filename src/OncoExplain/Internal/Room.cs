namespace OncoExplain.Internal;

/// <summary>
/// Room for a bounded number of entries in a table shared between threads: each entry takes a place, a place given back can
/// be taken again, and a full table refuses without counting, so a stream of refusals can never wrap the counter.
/// </summary>
internal sealed class Room(int capacity)
{
    private int taken;

    /// <summary>How many places are taken (a place taken concurrently may show before its entry does).</summary>
    public int Taken => Math.Min(Volatile.Read(ref taken), capacity);

    /// <summary>Takes a place; <paramref name="ticket"/> (from 1) is unique among the places taken and not given back.</summary>
    public bool TryTake(out int ticket)
    {
        if (Volatile.Read(ref taken) >= capacity)
        {
            ticket = 0;
            return false;
        }

        ticket = Interlocked.Increment(ref taken);
        if (ticket <= capacity)
        {
            return true;
        }

        Interlocked.Decrement(ref taken);
        ticket = 0;
        return false;
    }

    /// <summary>Gives back a place whose entry was not added (an equal one was there first).</summary>
    public void GiveBack() => Interlocked.Decrement(ref taken);
}
