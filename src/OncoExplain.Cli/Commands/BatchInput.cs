namespace OncoExplain.Cli.Commands;

/// <summary>Opens a text input named on the command line: a file, or standard input for <c>-</c>; bytes that are not UTF-8 are kept visible (<see cref="Utf8InputReader"/>).</summary>
internal static class BatchInput
{
    /// <summary>The reader, or <see langword="null"/> after printing why the file cannot be opened. The caller disposes a file reader; standard input is not owned.</summary>
    public static TextReader? Open(CliConsole console, string file, out bool owned)
    {
        owned = false;
        if (file == "-")
        {
            // Program.cs already reads standard input through a buffered Utf8InputReader.
            return console.In;
        }

        if (Directory.Exists(file))
        {
            console.Error.WriteLine($"error: {file}: is a directory, not a file.");
            return null;
        }

        if (!File.Exists(file))
        {
            console.Error.WriteLine($"error: {file}: file not found.");
            return null;
        }

        owned = true;
        return new Utf8InputReader(File.OpenRead(file));
    }
}
