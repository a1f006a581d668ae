using System.Buffers;
using System.Text;
using System.Text.Json;
using OncoExplain.Serialization;

namespace OncoExplain;

/// <summary>The JSON Schema of the profile JSON.</summary>
public static partial class ProfileJson
{
    private static readonly Lazy<string> Schema = new(() =>
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, IndentedWriter))
        {
            ProfileSchema.Build().WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    });

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the profile JSON, generated from <see cref="ProfileDocument"/> and the options of
    /// <see cref="OncoExplainJsonContext"/>, with descriptions, ranges and <c>additionalProperties: false</c>; indented with
    /// two spaces and <c>\n</c> line ends. It is checked in as <c>docs/profile.schema.json</c>.
    /// </summary>
    /// <returns>The schema text.</returns>
    /// <remarks>
    /// The schema lists the contract names of enumerations. <see cref="Read(string)"/> also accepts the documented aliases
    /// (<c>PAAD</c>, <c>IVB</c>, <c>cecum</c>…) and ignores their case, and reports contradictions and limits a schema cannot express.
    /// </remarks>
    public static string GetSchema() => Schema.Value;
}
