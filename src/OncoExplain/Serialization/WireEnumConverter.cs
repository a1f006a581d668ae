using System.Text.Json.Serialization;

namespace OncoExplain.Serialization;

/// <summary>Writes and reads an enum by its <see cref="JsonStringEnumMemberNameAttribute"/> name only: never as a number.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class WireEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;
