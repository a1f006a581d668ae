namespace OncoExplain.Cli;

/// <summary>The exit codes of the contract in design.md.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
}
