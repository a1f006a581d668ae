namespace OncoExplain;

/// <summary>
/// Explains why a protein description that failed to parse is out of scope: alleles, mosaics, uncertain positions and
/// the non-HGVS conventions of older MAF files. Used only after parsing failed, to replace a character-level error
/// with one a person can act on.
/// </summary>
internal static class UnsupportedNotation
{
    /// <summary>Describes the unsupported notation of a description that failed to parse, or returns <see langword="null"/>.</summary>
    /// <param name="text">The whole description, with its optional accession.</param>
    /// <returns>A message fragment that follows the quoted input, or <see langword="null"/> when nothing is recognized.</returns>
    public static string? Describe(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var prefix = text.IndexOf("p.", colon + 1, StringComparison.Ordinal);
        return prefix < 0 ? null : DescribeBody(text.AsSpan(prefix + 2));
    }

    private static string? DescribeBody(ReadOnlySpan<char> body)
    {
        if (body.StartsWith("[") || body.StartsWith("([") || body.Contains("(;)", StringComparison.Ordinal)
            || body.Contains("];", StringComparison.Ordinal) || (body.Contains('[') && body.ContainsAny(";,")))
        {
            return "is an allele (several changes in [ ] or joined with ';'); give each change on its own";
        }

        if (body.Contains("_splice", StringComparison.Ordinal))
        {
            return "uses the MAF convention for a splice-site variant (p.X123_splice), which is not HGVS; "
                + "an unknown effect on the protein is written p.? instead";
        }

        if (body.Contains('>'))
        {
            return "uses the '>' notation of older MAF files (p.655_656LL>L), which is not HGVS; "
                + "protein changes are written with del, ins, delins or dup";
        }

        if (body.Contains('^'))
        {
            return "lists alternative amino acids with '^' (uncertain consequence); this is not supported, give one change";
        }

        if (body.Contains('/'))
        {
            return "describes a mosaic (=/) or chimeric (//) change; this is not supported, give the change itself";
        }

        var unwrapped = body.StartsWith("(") ? body[1..] : body;
        if (unwrapped.Length > 0 && (char.IsAsciiDigit(unwrapped[0]) || unwrapped[0] == '-') && !IsNoProtein(unwrapped))
        {
            return "gives a position without its reference amino acid; protein positions name the amino acid, like Gly12 or G12";
        }

        if (StartsWithSeveralOneLetterCodes(unwrapped))
        {
            return "names several reference amino acids before one position (an older MAF style such as p.VG1356fs); "
                + "a range is written with its first and last residue, like p.Lys23_Val25del";
        }

        var inner = unwrapped.TrimEnd(')');
        if (inner.ContainsAny("()"))
        {
            return "uses parentheses inside the description for an uncertain position, range or length; "
                + "uncertain descriptions are not supported";
        }

        return null;
    }

    private static bool IsNoProtein(ReadOnlySpan<char> body) => body is "0" or "0?" or "0)";

    private static bool StartsWithSeveralOneLetterCodes(ReadOnlySpan<char> body)
    {
        var letters = 0;
        while (letters < body.Length && (char.IsAsciiLetterUpper(body[letters]) || body[letters] == '*'))
        {
            letters++;
        }

        return letters >= 2 && letters < body.Length && char.IsAsciiDigit(body[letters]);
    }
}
