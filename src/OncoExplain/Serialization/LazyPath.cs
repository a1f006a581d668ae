namespace OncoExplain.Serialization;

/// <summary>
/// A JSON path written only when an issue names it: most values of a profile are valid, so their paths are never needed,
/// and writing one for every array item was a third of what validating a typical profile allocated.
/// </summary>
internal readonly struct LazyPath
{
    private readonly string parent;
    private readonly string? arrayName;
    private readonly int index;
    private readonly string? name;

    private LazyPath(string parent, string? arrayName, int index, string? name)
    {
        this.parent = parent;
        this.arrayName = arrayName;
        this.index = index;
        this.name = name;
    }

    /// <summary>A path already written.</summary>
    public static implicit operator LazyPath(string path) => new(path, null, 0, null);

    /// <summary><c>parent.name</c>.</summary>
    public static LazyPath Property(string parent, string name) => new(parent, null, 0, name);

    /// <summary><c>parent.arrayName[index]</c>, then <c>.name</c> when given.</summary>
    public static LazyPath Item(string parent, string arrayName, int index, string? name = null) => new(parent, arrayName, index, name);

    /// <summary>The path in the <c>$.biomarkers.variants[1].change</c> form.</summary>
    public override string ToString() => (arrayName, name) switch
    {
        (null, null) => parent,
        (null, { } property) => JsonPaths.Property(parent, property),
        ({ } array, null) => JsonPaths.Item(parent, array, index),
        ({ } array, { } property) => JsonPaths.Item(parent, array, index, property),
    };
}
