using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OncoExplain.Serialization;

/// <summary>
/// The contract names of one enum, read from its <c>[JsonStringEnumMemberName]</c> attributes through the generated
/// converter (so the writer and the reader cannot disagree), plus the aliases the reader also accepts. Matching ignores case.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class WireEnum<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<string, T> byName;
    private readonly FrozenDictionary<T, string> names;

    public WireEnum(string what, params (string Alias, T Value)[] aliases)
    {
        What = what;
        var typeInfo = (JsonTypeInfo<T>)OncoExplainJsonContext.Default.GetTypeInfo(typeof(T))!;
        var canonical = Enum.GetValues<T>().Select(v => (Value: v, Name: JsonSerializer.SerializeToElement(v, typeInfo).GetString()!)).ToArray();
        names = canonical.ToFrozenDictionary(c => c.Value, c => c.Name);
        Names = [.. canonical.Select(c => c.Name)];
        Aliases = [.. aliases.Select(a => a.Alias)];
        byName = canonical.Select(c => KeyValuePair.Create(c.Name, c.Value))
            .Concat(aliases.Select(a => KeyValuePair.Create(a.Alias, a.Value)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What the values are, for messages ("cancer type").</summary>
    public string What { get; }

    /// <summary>The contract names, in enum order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The extra spellings the reader accepts.</summary>
    public IReadOnlyList<string> Aliases { get; }

    public bool TryParse(string text, out T value) => byName.TryGetValue(text, out value);

    /// <summary>The contract name of a value, or its number when it is not a defined value.</summary>
    public string NameOf(T value) =>
        names.TryGetValue(value, out var name) ? name : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
