using System.Globalization;
using System.Text;

namespace OncoExplain.Serialization;

/// <summary>Writes JSON paths in the <c>$.biomarkers.variants[1].change</c> form.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsIdentifier(name) ? parent + "." + name : parent + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Index(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    public static string Item(string parent, string arrayName, int index) => Index(Property(parent, arrayName), index);

    public static string Item(string parent, string arrayName, int index, string name) => Property(Item(parent, arrayName, index), name);

    public static string Biomarkers(string name) => "$.biomarkers." + name;

    public static string Biomarkers(string arrayName, int index) => Item("$.biomarkers", arrayName, index);

    public static string Biomarkers(string arrayName, int index, string name) => Item("$.biomarkers", arrayName, index, name);

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '$')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The path of the value being read, kept as segments and written out only when an issue is reported.</summary>
internal sealed class PathStack
{
    private readonly List<(string? Name, int Index)> segments = [];

    public void Push(string name) => segments.Add((name, -1));

    public void Push(int index) => segments.Add((null, index));

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    public override string ToString()
    {
        var path = JsonPaths.Root;
        foreach (var (name, index) in segments)
        {
            path = name is null ? JsonPaths.Index(path, index) : JsonPaths.Property(path, name);
        }

        return path;
    }

    /// <summary>The path of a property of the current object.</summary>
    public string With(string name) => JsonPaths.Property(ToString(), name);
}
