using System.Globalization;
using System.Runtime.CompilerServices;

namespace OncoExplain.Internal;

/// <summary>Argument checks for the domain types. Messages are for developers and are not localized.</summary>
internal static class Preconditions
{
    public static int? CheckRange(int? value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(name, v, string.Create(CultureInfo.InvariantCulture, $"Value should be in range [{min}-{max}]."));
        }

        return value;
    }

    public static double? CheckRange(double? value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is { } v && (double.IsNaN(v) || v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(name, v, string.Create(CultureInfo.InvariantCulture, $"Value should be a number in range [{min}-{max}]."));
        }

        return value;
    }

    public static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Value is not a defined {typeof(T).Name}.");
        }

        return value;
    }

    public static T? CheckDefined<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
        => value is { } v ? CheckDefined(v, name) : null;
}
