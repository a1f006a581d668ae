using System.Text.Json;

namespace OncoExplain.Serialization;

/// <summary>Reading scalar values: JSON <see langword="null"/> means absent; a value of the wrong type is reported and kept as invalid.</summary>
internal ref partial struct ProfileScanner
{
    private Raw<string>? ReadString()
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return StringValue();
            case JsonTokenType.Null:
                return null;
            default:
                var offset = Offset;
                WrongType(ProfileMessages.ExpectedString(Describe(reader.TokenType)));
                return Raw<string>.Invalid(offset);
        }
    }

    /// <summary>An array item: null is not allowed there.</summary>
    private Raw<string> ReadItemString()
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return StringValue();
        }

        var offset = Offset;
        WrongType(ProfileMessages.ExpectedString(Describe(reader.TokenType)));
        return Raw<string>.Invalid(offset);
    }

    private Raw<string> StringValue()
    {
        var offset = Offset;
        try
        {
            return new Raw<string>(reader.GetString()!, offset);
        }
        catch (InvalidOperationException)
        {
            sink.Error(ProfileIssueCodes.Encoding, path.ToString(), ProfileMessages.InvalidEscape(), offset);
            return Raw<string>.Invalid(offset);
        }
    }

    private Raw<double>? ReadNumber(bool wholeNumber)
    {
        var offset = Offset;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (!reader.TryGetDouble(out var value))
                {
                    // Too large for a double: certainly out of range.
                    value = reader.ValueSpan[0] == (byte)'-' ? double.NegativeInfinity : double.PositiveInfinity;
                }

                if (wholeNumber && double.IsFinite(value) && Math.Floor(value) != value)
                {
                    sink.Error(ProfileIssueCodes.WrongType, path.ToString(), ProfileMessages.ExpectedWholeNumber(value), offset);
                    return Raw<double>.Invalid(offset);
                }

                return new Raw<double>(value, offset);
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(ProfileMessages.ExpectedNumber(Describe(reader.TokenType)));
                return Raw<double>.Invalid(offset);
        }
    }

    private Raw<bool>? ReadBoolean()
    {
        var offset = Offset;
        switch (reader.TokenType)
        {
            case JsonTokenType.True or JsonTokenType.False:
                return new Raw<bool>(reader.GetBoolean(), offset);
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(ProfileMessages.ExpectedBoolean(Describe(reader.TokenType)));
                return Raw<bool>.Invalid(offset);
        }
    }

    private RawArray<Raw<string>>? ReadStringArray(string example) =>
        ReadArray(example, static (ref ProfileScanner scanner) => scanner.ReadItemString());
}
