using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace OncoExplain;

/// <summary>
/// A gene fusion, written <c>5'GENE::3'GENE</c> (<c>ETV6::NTRK3</c>) or as the driver gene alone (<c>NRG1</c>) when the
/// partner is not known.
/// </summary>
public sealed record GeneFusion
{
    private static readonly FrozenSet<string> KnownDrivers = FrozenSet.Create(
        StringComparer.Ordinal, "ALK", "BRAF", "FGFR2", "NRG1", "NTRK1", "NTRK2", "NTRK3", "RET", "ROS1");

    private GeneFusion(string? fivePrime, string? threePrime, string? driver)
    {
        FivePrimeGene = fivePrime;
        ThreePrimeGene = threePrime;
        DriverGene = driver;
    }

    /// <summary>The 5' partner, or <see langword="null"/> when only one gene was given.</summary>
    public string? FivePrimeGene { get; }

    /// <summary>The 3' partner, or <see langword="null"/> when only one gene was given.</summary>
    public string? ThreePrimeGene { get; }

    /// <summary>
    /// The gene whose activity drives the cancer (NTRK1-3, RET, NRG1, ALK, ROS1, FGFR2, BRAF), or <see langword="null"/>
    /// when neither partner is a known driver; such a fusion is kept and reported as not interpreted.
    /// </summary>
    public string? DriverGene { get; }

    /// <summary>Whether the fusion involves the gene (as either partner or as the lone gene given).</summary>
    /// <param name="gene">An upper-case gene symbol.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Involves(string gene) => gene == FivePrimeGene || gene == ThreePrimeGene || gene == DriverGene;

    /// <summary>Parses <c>ETV6::NTRK3</c> or a lone gene such as <c>NRG1</c>.</summary>
    /// <param name="text">The fusion text.</param>
    /// <returns>The fusion.</returns>
    /// <exception cref="FormatException">The text is not a fusion.</exception>
    public static GeneFusion Parse(string text) =>
        TryParse(text, out var fusion, out var error) ? fusion : throw new FormatException(error);

    /// <summary>Parses a fusion without throwing.</summary>
    /// <param name="text">The fusion text.</param>
    /// <param name="fusion">The fusion when valid.</param>
    /// <param name="error">What is wrong, when not valid.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out GeneFusion? fusion, [NotNullWhen(false)] out string? error)
    {
        fusion = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "A fusion is required, written 5'GENE::3'GENE (for example ETV6::NTRK3) or as one gene (NRG1).";
            return false;
        }

        var separator = text.IndexOf("::", StringComparison.Ordinal);
        if (separator < 0)
        {
            if (!GeneSymbols.IsWellFormed(text))
            {
                error = $"'{text}' is not a fusion: write 5'GENE::3'GENE (for example ETV6::NTRK3) or one gene symbol (NRG1).";
                return false;
            }

            var gene = text.ToUpperInvariant();
            fusion = new GeneFusion(null, null, KnownDrivers.Contains(gene) ? gene : null) { LoneGene = gene };
            error = null;
            return true;
        }

        var five = text[..separator];
        var three = text[(separator + 2)..];
        if (!GeneSymbols.IsWellFormed(five) || !GeneSymbols.IsWellFormed(three))
        {
            error = $"'{text}' is not a fusion: both sides of '::' must be gene symbols (for example ETV6::NTRK3).";
            return false;
        }

        five = five.ToUpperInvariant();
        three = three.ToUpperInvariant();
        if (five == three)
        {
            error = $"'{text}' fuses a gene with itself; write the two partner genes.";
            return false;
        }

        var driver = KnownDrivers.Contains(three) ? three : KnownDrivers.Contains(five) ? five : null;
        fusion = new GeneFusion(five, three, driver);
        error = null;
        return true;
    }

    /// <summary>The gene given alone, when no partner was named.</summary>
    public string? LoneGene { get; private init; }

    /// <summary>The fusion as written in the profile: <c>ETV6::NTRK3</c> or <c>NRG1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => LoneGene ?? $"{FivePrimeGene}::{ThreePrimeGene}";
}
