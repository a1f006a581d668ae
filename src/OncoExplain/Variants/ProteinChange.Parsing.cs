using System.Diagnostics.CodeAnalysis;

namespace OncoExplain;

public sealed partial record ProteinChange
{
    /// <summary>The longest description the parser reads; longer text is rejected rather than scanned.</summary>
    public const int MaxLength = 512;

    /// <summary>Parses an HGVS protein change.</summary>
    /// <param name="text">Text such as <c>p.G12D</c>, <c>p.(Gly12Asp)</c> or <c>NP_004976.2:p.Gly12Asp</c>.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a protein change; the message says what is wrong and where.</exception>
    public static ProteinChange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var change, out var error) ? change : throw new FormatException(error);
    }

    /// <summary>Parses an HGVS protein change without throwing.</summary>
    /// <param name="text">The text to read; <see langword="null"/> is reported as an error.</param>
    /// <param name="change">The change, when the text is valid.</param>
    /// <param name="error">A message saying what is wrong and at which character, when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text is a valid protein change.</returns>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out ProteinChange? change,
        [NotNullWhen(false)] out string? error)
    {
        change = null;
        if (text is null)
        {
            error = "A protein change is required, for example p.G12D.";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"A protein change is at most {MaxLength} characters long; this one has {text.Length}.";
            return false;
        }

        var parser = new ProteinChangeParser(text);
        change = parser.Parse(out error);
        return change is not null;
    }
}
