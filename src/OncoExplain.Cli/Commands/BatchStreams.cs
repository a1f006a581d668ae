using System.Text;

namespace OncoExplain.Cli.Commands;

/// <summary>
/// A buffered standard output for <c>batch</c>. <see cref="Console.Out"/> flushes on every write (two system calls per
/// result line); a batch of many thousand lines writes through its own buffer instead, with the same bytes (UTF-8 without
/// a byte-order mark). Writers that are not the process's own (tests, redirected writers) are used as they are. Input is
/// read through <see cref="Utf8InputReader"/>, which has its own buffer.
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
}
