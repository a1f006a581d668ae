using System.IO.Compression;

namespace OncoExplain.Cohorts;

/// <summary>A tab-separated table to import: its name (used in issue reports) and how to open it.</summary>
public sealed class TableSource
{
    private readonly Func<TextReader> open;

    private TableSource(string name, Func<TextReader> open)
    {
        Name = name;
        this.open = open;
    }

    /// <summary>The name reported with each issue (the file path, or the name given).</summary>
    public string Name { get; }

    /// <summary>A file; a name ending in <c>.gz</c> is read through gzip.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static TableSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new TableSource(path, () =>
        {
            Stream stream = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            return new StreamReader(stream);
        });
    }

    /// <summary>Text held in memory, for tests and scripts.</summary>
    /// <param name="name">The name reported with each issue.</param>
    /// <param name="text">The table.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static TableSource FromText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return new TableSource(name, () => new StringReader(text));
    }

    /// <summary>Opens the table for reading; the caller disposes the reader.</summary>
    /// <returns>A reader at the start of the table.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public TextReader Open() => open();
}
