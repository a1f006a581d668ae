using System.Buffers;
using System.Text;
using System.Text.Unicode;
using OncoExplain.Serialization;

namespace OncoExplain;

/// <summary>
/// Reads and writes the profile JSON of wire contract v1 (see <c>docs/profile-format.md</c>) and provides its JSON Schema.
/// </summary>
/// <remarks>
/// <para>Reading is strict and reports every problem at once, each with a stable code, its JSON path and, when read from
/// text, its line and column. Invalid input never yields a profile. Suspicious but possible combinations are warnings.</para>
/// <para>All members are thread-safe, use no reflection and never throw for bad input.</para>
/// </remarks>
public static partial class ProfileJson
{
    /// <summary>The largest input read, in bytes of UTF-8 (1 MiB); larger input is a <c>too-large</c> error.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays read; deeper input is a <c>too-large</c> error.</summary>
    public const int MaxDepth = 16;

    /// <summary>The most items read in one array; more is a <c>too-large</c> error.</summary>
    public const int MaxArrayLength = 1000;

    /// <summary>Reads a profile from JSON text.</summary>
    /// <param name="json">The JSON text; a leading byte-order mark is ignored.</param>
    /// <returns>The profile when valid, and every error and warning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ProfileReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxBytes)
        {
            return TooLarge();
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            if (Utf8.FromUtf16(json, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                var sink = new IssueSink();
                sink.Error(ProfileIssueCodes.Encoding, JsonPaths.Root, ProfileMessages.UnpairedSurrogate());
                return sink.ToResult(null, default);
            }

            return Read(buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a profile from UTF-8 JSON.</summary>
    /// <param name="utf8">The JSON as UTF-8; a leading byte-order mark is ignored.</param>
    /// <returns>The profile when valid, and every error and warning.</returns>
    public static ProfileReadResult Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Length > MaxBytes)
        {
            return TooLarge();
        }

        var sink = new IssueSink();
        if (utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            sink.Error(ProfileIssueCodes.Empty, JsonPaths.Root, ProfileMessages.Empty(), 0);
            return sink.ToResult(null, utf8);
        }

        if (!Utf8.IsValid(utf8))
        {
            sink.Error(ProfileIssueCodes.Encoding, JsonPaths.Root, ProfileMessages.InvalidUtf8(), FirstInvalidUtf8(utf8));
            return sink.ToResult(null, utf8);
        }

        var raw = ProfileScanner.Scan(utf8, sink);
        var profile = raw is null ? null : new ProfileValidator(sink).Validate(raw);
        return sink.ToResult(profile, utf8);
    }

    /// <summary>Reads a profile from a stream of UTF-8 JSON, reading at most <see cref="MaxBytes"/> (plus a byte-order mark).</summary>
    /// <param name="stream">The stream; it is read to its end (or past the limit) and not closed.</param>
    /// <returns>The profile when valid, and every error and warning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ProfileReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var length = 0;
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                if (!Accept(ref buffer, ref length, read))
                {
                    return TooLarge();
                }
            }

            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a profile from a stream of UTF-8 JSON asynchronously, reading at most <see cref="MaxBytes"/> (plus a byte-order mark).</summary>
    /// <param name="stream">The stream; it is read to its end (or past the limit) and not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The profile when valid, and every error and warning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static async Task<ProfileReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var length = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (!Accept(ref buffer, ref length, read))
                {
                    return TooLarge();
                }
            }

            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Validates a document you deserialized yourself (for example inside a larger request, with
    /// <see cref="OncoExplainJsonContext"/>) or built in code, with the same checks as <see cref="Read(string)"/>.
    /// Issues have paths but no line or column.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The profile when valid, and every error and warning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static ProfileReadResult FromDocument(ProfileDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sink = new IssueSink();
        var raw = DocumentMapping.ToRaw(document, sink);
        var profile = new ProfileValidator(sink).Validate(raw);
        return sink.ToResult(profile, default);
    }

    private static ProfileReadResult TooLarge()
    {
        var sink = new IssueSink();
        sink.Error(ProfileIssueCodes.TooLarge, JsonPaths.Root, ProfileMessages.TooManyBytes());
        return sink.ToResult(null, default);
    }

    // Counts the bytes just read and grows the buffer when it is full; false once the input is over the size limit.
    private static bool Accept(ref byte[] buffer, ref int length, int read)
    {
        length += read;
        if (length > MaxBytes + 3)
        {
            return false;
        }

        if (length == buffer.Length)
        {
            buffer = Grow(buffer);
        }

        return true;
    }

    private static byte[] Grow(byte[] buffer)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
