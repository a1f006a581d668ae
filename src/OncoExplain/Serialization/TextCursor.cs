namespace OncoExplain.Serialization;

/// <summary>
/// Turns byte offsets of UTF-8 text into 1-based lines and columns, moving forward only, so locating any number of
/// sorted offsets costs one pass. Columns count UTF-16 code units, as editors do; lines end at <c>\n</c>.
/// </summary>
internal struct TextCursor()
{
    private int offset;
    private int line = 1;
    private int column = 1;

    public (int Line, int Column) MoveTo(ReadOnlySpan<byte> utf8, int target)
    {
        for (; offset < target; offset++)
        {
            var b = utf8[offset];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // A lead byte starts a character; four-byte sequences are two UTF-16 code units.
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return (line, column);
    }

    /// <summary>The byte offset where a 0-based line starts, for positions reported as line and byte-in-line.</summary>
    public static int LineStart(ReadOnlySpan<byte> utf8, long zeroBasedLine)
    {
        var start = 0;
        for (long l = 0; l < zeroBasedLine; l++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return start;
            }

            start += next + 1;
        }

        return start;
    }
}
