using System.Collections.Concurrent;
using OncoExplain.Internal;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>
/// Texts formatted once per distinct key and then shared, so a check that names a per-profile value (a protein change, a
/// TMB) allocates nothing the second time. Bounded: past <c>capacity</c> keys, texts are formatted every time, with the same
/// result.
/// </summary>
internal sealed class TextMemo<TKey>(Func<TKey, string> format, int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, string> texts = new();
    private readonly Room room = new(capacity);

    public string Get(TKey key)
    {
        if (texts.TryGetValue(key, out var text))
        {
            return text;
        }

        text = format(key);
        return room.TryTake(out _) ? texts.GetOrAdd(key, text) : text;
    }
}
