namespace OncoExplain.Cohorts;

/// <summary>
/// Reads a tab-separated table: lines starting with <c>#</c> before the header are skipped (cBioPortal's metadata rows,
/// MAF version lines), the first other line is the header. Column names are matched ignoring case and every character
/// that is not a letter or digit (<c>MSI_SCORE</c>, <c>msi_score</c> and <c>MSI Score</c> are one column).
/// </summary>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> columns;

    private TsvTable(string name, string[] header)
    {
        Name = name;
        Header = header;
        columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(Key(header[i]), i);
        }
    }

    public string Name { get; }

    public string[] Header { get; }

    /// <summary>The index of the first of the named columns present, or -1.</summary>
    public int Find(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (columns.TryGetValue(Key(name), out var index))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Reads the header and then yields every data row with its 1-based line number; the header comes back as null when the table is empty.</summary>
    public static IEnumerable<TsvRow> Read(TableSource source, Action<TsvTable> onHeader)
    {
        using var reader = source.Open();
        var number = 0;
        TsvTable? table = null;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (table is null)
            {
                if (line.StartsWith('#') || line.Length == 0)
                {
                    continue;
                }

                table = new TsvTable(source.Name, line.Split('\t'));
                onHeader(table);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            yield return new TsvRow(table, number, line.Split('\t'));
        }
    }

    private static string Key(string name) =>
        string.Concat(name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant));
}

/// <summary>One data row of a <see cref="TsvTable"/>.</summary>
internal sealed record TsvRow(TsvTable Table, int Line, string[] Fields)
{
    private static readonly HashSet<string> Missing = new(StringComparer.OrdinalIgnoreCase)
    {
        string.Empty, "NA", "N/A", "NaN", "nan", "null", "None", ".", "-", "Unknown", "[Not Available]", "[Not Applicable]", "[Unknown]",
        "[Not Evaluated]", "[Discrepancy]", "[Completed]", "[Not Reported]",
    };

    /// <summary>The trimmed value at a column, or null when the column is absent or the value means "missing".</summary>
    public string? Value(int column)
    {
        if (column < 0 || column >= Fields.Length)
        {
            return null;
        }

        var value = Fields[column].Trim();
        return Missing.Contains(value) ? null : value;
    }
}
