namespace OncoExplain.Cli;

/// <summary>The streams a command reads and writes, so tests can run commands in memory.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error);
