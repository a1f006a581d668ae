namespace OncoExplain.Cohorts;

/// <summary>How many lines a batch has processed so far, and how long it took.</summary>
/// <param name="Profiles">Non-blank lines processed.</param>
/// <param name="Invalid">Lines that were not valid profiles.</param>
/// <param name="Elapsed">Time since the batch started.</param>
public sealed record BatchTotals(int Profiles, int Invalid, TimeSpan Elapsed)
{
    /// <summary>Valid profiles processed.</summary>
    public int Valid => Profiles - Invalid;

    /// <summary>Lines per second so far (0 before any time has passed).</summary>
    public double PerSecond => Elapsed > TimeSpan.Zero ? Profiles / Elapsed.TotalSeconds : 0;
}
