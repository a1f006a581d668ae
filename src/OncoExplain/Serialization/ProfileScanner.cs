using System.Text.Json;

namespace OncoExplain.Serialization;

/// <summary>
/// The first pass of reading: walks the UTF-8 JSON once with <see cref="Utf8JsonReader"/> and collects what the contract
/// says about shape (syntax, limits, unknown and duplicate properties, JSON types) into a <see cref="RawProfile"/>.
/// Values are checked afterwards by <see cref="ProfileValidator"/>.
/// </summary>
internal ref partial struct ProfileScanner
{
    private readonly IssueSink sink;
    private readonly PathStack path = new();
    private Utf8JsonReader reader;

    private ProfileScanner(ReadOnlySpan<byte> utf8, IssueSink sink)
    {
        this.sink = sink;
        reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = ProfileJson.MaxDepth,
        });
    }

    private delegate T ItemReader<T>(ref ProfileScanner scanner);

    /// <summary>Reads the profile object, or returns <see langword="null"/> when the input is not well-formed JSON.</summary>
    public static RawProfile? Scan(ReadOnlySpan<byte> utf8, IssueSink sink)
    {
        var scanner = new ProfileScanner(utf8, sink);
        try
        {
            scanner.reader.Read();
            var profile = scanner.ReadRoot();
            scanner.reader.Read(); // Throws when anything but white space follows the profile.
            return profile;
        }
        catch (JsonException exception)
        {
            var offset = exception.LineNumber is { } line && exception.BytePositionInLine is { } column
                ? TextCursor.LineStart(utf8, line) + (int)column
                : (int)scanner.reader.TokenStartIndex;
            if (scanner.reader.CurrentDepth >= ProfileJson.MaxDepth - 1 && exception.Message.Contains("depth", StringComparison.Ordinal))
            {
                sink.Error(ProfileIssueCodes.TooLarge, scanner.path.ToString(), ProfileMessages.TooDeep(), offset);
            }
            else
            {
                sink.Error(ProfileIssueCodes.Syntax, scanner.path.ToString(), ProfileMessages.Syntax(Detail(exception)), offset);
            }

            return null;
        }
    }

    private readonly int Offset => (int)reader.TokenStartIndex;

    private static string Detail(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => Found.String,
        JsonTokenType.Number => Found.Number,
        JsonTokenType.True or JsonTokenType.False => Found.Boolean,
        JsonTokenType.Null => Found.Null,
        JsonTokenType.StartObject => Found.Object,
        _ => Found.Array,
    };

    /// <summary>
    /// Moves to the next property of the current object and onto its value. Unknown and repeated properties are reported
    /// and skipped. Returns <see langword="false"/> at the end of the object. The caller pops the path after the value.
    /// </summary>
    private bool NextProperty<TProperty>(ref int seen, out TProperty property)
        where TProperty : struct, Enum
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = Offset;
            var index = Match(WireProperties<TProperty>.Utf8);
            if (index < 0)
            {
                var name = PropertyName();
                sink.Error(ProfileIssueCodes.UnknownProperty, path.With(name), ProfileMessages.UnknownProperty(name, WireProperties<TProperty>.Listed, Suggest<TProperty>(name)), nameOffset);
                reader.Read();
                reader.Skip();
                continue;
            }

            var names = WireProperties<TProperty>.Names;
            if ((seen & (1 << index)) != 0)
            {
                sink.Error(ProfileIssueCodes.DuplicateProperty, path.With(names[index]), ProfileMessages.DuplicateProperty(names[index]), nameOffset);
                reader.Read();
                reader.Skip();
                continue;
            }

            seen |= 1 << index;
            path.Push(names[index]);
            reader.Read();
            property = WireProperties<TProperty>.Values[index];
            return true;
        }

        property = default;
        return false;
    }

    private readonly int Match(byte[][] names)
    {
        try
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (reader.ValueTextEquals(names[i]))
                {
                    return i;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate (\uD800) in a property name cannot be compared; it matches no known property
            // and is reported as unknown under the replacement character.
        }

        return -1;
    }

    private static string? Suggest<TProperty>(string name)
        where TProperty : struct, Enum =>
        WireProperties<TProperty>.Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    private string PropertyName()
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return "\uFFFD";
        }
    }

    /// <summary>Checks that the current value is an object; otherwise reports it, skips it and returns <see langword="false"/>.</summary>
    private bool ExpectObject()
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongType(ProfileMessages.ExpectedObject(Describe(reader.TokenType)));
        return false;
    }

    private void WrongType(string message)
    {
        sink.Error(ProfileIssueCodes.WrongType, path.ToString(), message, Offset);
        reader.Skip();
    }

    private RawArray<T>? ReadArray<T>(string example, ItemReader<T> readItem)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ProfileMessages.ExpectedArray(Describe(reader.TokenType), example));
            return null;
        }

        var array = new RawArray<T>(Offset);
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index >= ProfileJson.MaxArrayLength)
            {
                if (index == ProfileJson.MaxArrayLength)
                {
                    sink.Error(ProfileIssueCodes.TooLarge, path.ToString(), ProfileMessages.TooManyItems(), Offset);
                    array.Complete = false;
                }

                reader.Skip();
                index++;
                continue;
            }

            path.Push(index);
            array.Items.Add(readItem(ref this));
            path.Pop();
            index++;
        }

        return array;
    }
}
