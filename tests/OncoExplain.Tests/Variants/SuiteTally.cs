using System.Globalization;

namespace OncoExplain.Tests.Variants;

/// <summary>
/// Counts how the parser fares on one external suite and prints one summary line to the test output, so the
/// conformance table in docs/hgvs.md can be read from a test run (<c>dotnet test ... --output Detailed</c>).
/// </summary>
internal sealed class SuiteTally(string suite)
{
    public int Cases { get; private set; }

    public int Accepted { get; private set; }

    public int Rejected { get; private set; }

    public int Agreeing { get; private set; }

    public int Deliberate { get; private set; }

    public int Excluded { get; private set; }

    /// <summary>Parses <paramref name="text"/> and counts it; returns the change or null.</summary>
    public ProteinChange? Parse(string text, out string? error)
    {
        Cases++;
        if (ProteinChange.TryParse(text, out var change, out error))
        {
            Accepted++;
            return change;
        }

        Rejected++;
        return null;
    }

    public void Agree() => Agreeing++;

    public void Differ() => Deliberate++;

    public void Exclude() => Excluded++;

    public string Summary =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"SUITE {suite}: cases={Cases} accepted={Accepted} rejected={Rejected} agreeing={Agreeing} deliberate-differences={Deliberate} excluded={Excluded}");

    public void Report()
    {
        TestContext.Current.TestOutputHelper?.WriteLine(Summary);
        Assert.Equal(Cases, Agreeing + Deliberate);
    }
}
