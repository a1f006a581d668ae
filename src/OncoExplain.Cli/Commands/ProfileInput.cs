namespace OncoExplain.Cli.Commands;

/// <summary>Reads a profile from a file or, for <c>-</c>, from standard input; reports a file that cannot be read.</summary>
internal static class ProfileInput
{
    /// <summary>The read result, or <see langword="null"/> after printing why the file could not be read.</summary>
    public static ProfileReadResult? Read(CliConsole console, string file)
    {
        if (file == "-")
        {
            return ProfileJson.Read(console.In.ReadToEnd());
        }

        if (Directory.Exists(file))
        {
            console.Error.WriteLine($"error: {file}: is a directory, not a profile file.");
            return null;
        }

        if (!File.Exists(file))
        {
            console.Error.WriteLine($"error: {file}: file not found.");
            return null;
        }

        using var stream = File.OpenRead(file);
        return ProfileJson.Read(stream);
    }

    /// <summary>The valid profile, or <see langword="null"/> after printing every error; warnings are printed either way.</summary>
    public static TumourProfile? ReadValid(CliConsole console, string file)
    {
        if (Read(console, file) is not { } result)
        {
            return null;
        }

        foreach (var error in result.Errors)
        {
            console.Error.WriteLine(error.ToString());
        }

        foreach (var warning in result.Warnings)
        {
            console.Error.WriteLine("warning: " + warning);
        }

        return result.Profile;
    }
}
