using System.Text;

namespace OncoExplain.Cli;

/// <summary>
/// Reads UTF-8 input (a file or standard input) as text, line by line, without hiding bytes that are not UTF-8.
/// </summary>
/// <remarks>
/// A <see cref="StreamReader"/> turns bad bytes into U+FFFD, which is valid text: a profile with a corrupted id would be
/// read and explained as if nothing were wrong. Here every bad byte becomes an unpaired surrogate (U+DC80 + the byte,
/// as Python's <c>surrogateescape</c> does), which <see cref="ProfileJson.Read(string)"/> reports as an <c>encoding</c>
/// error, so one corrupted line of a batch is reported and the others are still read. A byte-order mark is kept
/// (as U+FEFF) for the profile reader to skip, so a file and standard input are read alike. Lines end at <c>\n</c> (a <c>\r</c> before it is removed).
/// </remarks>
internal sealed class Utf8InputReader(Stream stream) : TextReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private bool endOfStream;
    private string pending = string.Empty;
    private int position;

    /// <inheritdoc />
    public override int Peek() => Fill() ? pending[position] : -1;

    /// <inheritdoc />
    public override int Read() => Fill() ? pending[position++] : -1;

    /// <inheritdoc />
    public override string? ReadLine()
    {
        if (!Fill())
        {
            return null;
        }

        var line = pending.AsSpan(position);
        position = pending.Length;
        if (line.EndsWith('\n'))
        {
            line = line[..^1];
        }

        if (line.EndsWith('\r'))
        {
            line = line[..^1];
        }

        return line.ToString();
    }

    /// <inheritdoc />
    public override string ReadToEnd()
    {
        var text = new StringBuilder();
        while (Fill())
        {
            text.Append(pending.AsSpan(position));
            position = pending.Length;
        }

        return text.ToString();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            stream.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Makes sure unread text is pending (the next line with its terminator); <see langword="false"/> at the end.</summary>
    private bool Fill()
    {
        if (position < pending.Length)
        {
            return true;
        }

        pending = TryNextLine(out var line) ? Decode(line) : string.Empty;
        position = 0;
        return pending.Length > 0;
    }

    /// <summary>The next line's bytes, with its <c>\n</c>; <see langword="false"/> at the end of the stream.</summary>
    private bool TryNextLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0 || (endOfStream && start < end))
            {
                var length = newline >= 0 ? newline + 1 : end - start;
                line = buffer.AsSpan(start, length);
                start += length;
                return true;
            }

            if (endOfStream)
            {
                line = default;
                return false;
            }

            ReadMore();
        }
    }

    private void ReadMore()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        endOfStream = read == 0;
    }

    private static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return Strict.GetString(utf8);
        }

        var text = new StringBuilder(utf8.Length);
        while (!utf8.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                foreach (var b in utf8[..consumed])
                {
                    text.Append((char)(0xDC00 + b));
                }
            }

            utf8 = utf8[consumed..];
        }

        return text.ToString();
    }
}
