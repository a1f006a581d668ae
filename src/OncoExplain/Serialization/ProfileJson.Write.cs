using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OncoExplain.Serialization;

namespace OncoExplain;

/// <summary>Writing profiles as contract JSON.</summary>
public static partial class ProfileJson
{
    private static readonly JsonWriterOptions CompactWriter = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private static readonly JsonWriterOptions IndentedWriter = CompactWriter with { Indented = true, NewLine = "\n" };

    // The enum converters encode their names once, with the options' encoder: give them the relaxed one too, so that
    // "ihc3+" is not written as "ihc3\u002B".
    private static readonly OncoExplainJsonContext WriteContext = new(new JsonSerializerOptions(OncoExplainJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>
    /// Writes a profile as contract JSON: camelCase properties in contract order, enumerations by their contract names,
    /// protein changes in short form (<c>p.G12D</c>), only the significance a report gave, and nothing for what is not known.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="indented">Whether to indent with two spaces and <c>\n</c> line ends.</param>
    /// <returns>The JSON; the same profile always gives the same text, and <see cref="Read(string)"/> reads it back equal.</returns>
    /// <remarks>Only JSON's required characters are escaped (accents and <c>+</c> stay readable), so escape the text before embedding it in HTML.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    public static string Write(TumourProfile profile, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedWriter : CompactWriter))
        {
            WriteTo(writer, profile);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a profile as contract JSON to a writer, for example as one property of a larger document.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="profile">The profile.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteTo(Utf8JsonWriter writer, TumourProfile profile)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(profile);
        JsonSerializer.Serialize(writer, ToDocument(profile), WriteContext.ProfileDocument);
    }

    /// <summary>The wire document of a profile, as <see cref="Write(TumourProfile, bool)"/> writes it.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>A new document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    public static ProfileDocument ToDocument(TumourProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return DocumentMapping.ToDocument(profile);
    }
}
