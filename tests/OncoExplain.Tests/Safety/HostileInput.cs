using System.Text;

namespace OncoExplain.Tests.Safety;

/// <summary>One hostile input of the catalogue: its bytes, and the error it must give (code and JSON path).</summary>
/// <param name="Name">What the input tries.</param>
/// <param name="Utf8">The input as bytes (it need not be valid UTF-8).</param>
/// <param name="Code">The error code expected among the errors.</param>
/// <param name="Path">The JSON path of that error.</param>
public sealed record HostileInput(string Name, byte[] Utf8, string Code, string Path)
{
    /// <summary>An input given as text (written as UTF-8).</summary>
    public static HostileInput Text(string name, string json, string code, string path) => new(name, Encoding.UTF8.GetBytes(json), code, path);

    /// <summary>Whether the input is one line of text that a batch can carry as one line (no line break, valid UTF-8 or not).</summary>
    public bool IsOneLine => !Utf8.AsSpan().ContainsAny((byte)'\n', (byte)'\r') && Utf8.AsSpan().IndexOfAnyExcept(" \t"u8) >= 0;

    /// <inheritdoc />
    public override string ToString() => Name;
}
