namespace OncoExplain.Tests.Support;

/// <summary>Finds files of this repository (docs, examples) from the test output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OncoExplain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with OncoExplain.sln) was not found above " + AppContext.BaseDirectory);
    });

    public static string RootDirectory => Root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);
}
