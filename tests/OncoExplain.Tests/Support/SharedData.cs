namespace OncoExplain.Tests.Support;

/// <summary>
/// Finds the external reference material in <c>../shared/data</c> beside the repository. Tests that need it call
/// <see cref="RequireDirectory"/>, which skips the test cleanly when the material is absent.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? RootDirectory => Root.Value;

    public static string RequireDirectory(string relative)
    {
        var root = Root.Value;
        var path = root is null ? null : Path.Combine(root, relative);
        if (path is null || !Directory.Exists(path))
        {
            Assert.Skip($"Reference data '{relative}' is not available (looked for ../shared/data beside the repository).");
        }

        return path!;
    }

    public static string RequireFile(string relative)
    {
        var root = Root.Value;
        var path = root is null ? null : Path.Combine(root, relative);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"Reference file '{relative}' is not available (looked for ../shared/data beside the repository).");
        }

        return path!;
    }

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ONCOEXPLAIN_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "shared", "design.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}
