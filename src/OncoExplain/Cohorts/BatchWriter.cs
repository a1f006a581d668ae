using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OncoExplain.Cohorts;

/// <summary>
/// Writes batch results to a text writer as they come, in JSONL or CSV (the CSV header first), reusing its buffers so
/// that memory stays constant however many results are written. Not thread-safe; the writer is not closed.
/// </summary>
public sealed class BatchWriter : IDisposable
{
    private readonly TextWriter output;
    private readonly BatchFormat format;
    private readonly bool withExplanation;
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly Utf8JsonWriter json;
    private char[] chars = ArrayPool<char>.Shared.Rent(4096);
    private bool headerWritten;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="format">JSONL or CSV.</param>
    /// <param name="withExplanation">CSV only: whether to add the explanation columns.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public BatchWriter(TextWriter output, BatchFormat format, bool withExplanation = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
        this.format = format;
        this.withExplanation = withExplanation;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Writes one result: a JSON line, or its CSV rows.</summary>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public void Write(BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (format == BatchFormat.Csv)
        {
            WriteHeader();
            BatchCsv.WriteRows(output, result, withExplanation);
            return;
        }

        buffer.ResetWrittenCount();
        json.Reset(buffer);
        BatchJsonl.WriteTo(json, result);
        json.Flush();
        var count = Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount);
        if (chars.Length < count)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = ArrayPool<char>.Shared.Rent(count);
        }

        var written = Encoding.UTF8.GetChars(buffer.WrittenSpan, chars);
        output.Write(chars, 0, written);
        output.Write('\n');
    }

    /// <summary>Writes the CSV header now if it has not been written (so an empty batch still gets one); nothing for JSONL.</summary>
    public void WriteHeader()
    {
        if (format == BatchFormat.Csv && !headerWritten)
        {
            BatchCsv.WriteHeader(output, withExplanation);
            headerWritten = true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        json.Dispose();
        ArrayPool<char>.Shared.Return(chars);
        chars = [];
    }
}
