using System.Collections.Concurrent;
using OncoExplain.Internal;

namespace OncoExplain.Tests.Internal;

/// <summary>The bound every shared table and memo uses: unique tickets up to the capacity, refusals that never count.</summary>
public sealed class RoomTests
{
    [Fact]
    public void Gives_unique_tickets_up_to_the_capacity_then_refuses_without_counting()
    {
        var room = new Room(3);
        var tickets = new List<int>();
        for (var i = 0; i < 1000; i++)
        {
            if (room.TryTake(out var ticket))
            {
                tickets.Add(ticket);
            }
            else
            {
                Assert.Equal(0, ticket);
            }
        }

        Assert.Equal([1, 2, 3], tickets);
        Assert.Equal(3, room.Taken);
        room.GiveBack();
        Assert.True(room.TryTake(out var again));
        Assert.Equal(3, again);
        Assert.False(room.TryTake(out _));
    }

    [Fact]
    public void A_room_of_zero_refuses_everything()
    {
        var room = new Room(0);
        Assert.False(room.TryTake(out _));
        Assert.Equal(0, room.Taken);
    }

    [Fact]
    public void Threads_racing_for_places_take_exactly_the_capacity()
    {
        var room = new Room(100);
        var tickets = new ConcurrentBag<int>();
        Parallel.For(0, 20_000, _ =>
        {
            if (room.TryTake(out var ticket))
            {
                tickets.Add(ticket);
            }
        });

        Assert.Equal(Enumerable.Range(1, 100), tickets.Order());
        Assert.Equal(100, room.Taken);
    }
}
