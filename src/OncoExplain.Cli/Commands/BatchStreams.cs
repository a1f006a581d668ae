using System.Text;

namespace OncoExplain.Cli.Commands;

/// <summary>
/// Buffered standard streams for <c>batch</c>. <see cref="Console.Out"/> flushes on every write (two system calls per
/// result line) and <see cref="Console.In"/> takes a lock per line; a batch of many thousand lines reads and writes the
/// process streams through its own buffers instead, with the same bytes (UTF-8 without a byte-order mark). Streams that are
/// not the process's own (tests, redirected writers) are used as they are.
/// </summary>
internal static class BatchStreams
{
    private const int BufferSize = 64 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A buffered writer over standard output when <paramref name="output"/> is the console's and writes UTF-8; otherwise <see langword="null"/>.</summary>
    public static StreamWriter? BufferedOutput(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage
            ? new StreamWriter(Console.OpenStandardOutput(), Utf8, BufferSize) { AutoFlush = false }
            : null;

    /// <summary>A buffered reader over standard input when <paramref name="input"/> is the console's and reads UTF-8; otherwise <see langword="null"/>.</summary>
    public static StreamReader? BufferedInput(TextReader input) =>
        ReferenceEquals(input, Console.In) && Console.InputEncoding.CodePage == Encoding.UTF8.CodePage
            ? new StreamReader(Console.OpenStandardInput(), Utf8, detectEncodingFromByteOrderMarks: true, BufferSize)
            : null;

    /// <summary>Opens a file for reading with a large buffer.</summary>
    public static StreamReader OpenFile(string path) =>
        new(path, Utf8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = BufferSize });
}
