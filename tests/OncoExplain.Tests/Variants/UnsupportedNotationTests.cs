namespace OncoExplain.Tests.Variants;

/// <summary>Descriptions out of scope on purpose, and MAF conventions that are not HGVS, get a message that says so.</summary>
public sealed class UnsupportedNotationTests
{
    [Theory]
    [InlineData("NP_003997.1:p.[Ser68Arg;Asn594del]", "is an allele")]
    [InlineData("p.[(Ser68Arg;Asn594del)]", "is an allele")]
    [InlineData("p.([Ser68Arg;Asn594del])", "is an allele")]
    [InlineData("NP_003997.1:p.[Ser68Arg];[Ser68Arg]", "is an allele")]
    [InlineData("p.(Ser68Arg)(;)(Asn594del)", "is an allele")]
    [InlineData("p.Ala2[10];[11]", "is an allele")]
    [InlineData("NP_003997.1:p.[Lys31Asn: {},Val25_Lys31del]", "is an allele")]
    [InlineData("p.Trp24=/Cys", "mosaic (=/) or chimeric (//)")]
    [InlineData("p.[Arg49=//Ser]", "is an allele")]
    [InlineData("p.(Gly56Ala^Ser^Cys)", "alternative amino acids with '^'")]
    [InlineData("p.(Gln18)[(70_80)]", "uncertain descriptions are not supported")]
    [InlineData("p.Lys2_Leu3ins(10_20)", "uncertain descriptions are not supported")]
    [InlineData("p.X126_splice", "splice-site variant")]
    [InlineData("p.655_656LL>L", "'>' notation of older MAF files")]
    [InlineData("p.VG1356fs", "several reference amino acids before one position")]
    [InlineData("p.S*593fs", "several reference amino acids before one position")]
    [InlineData("p.PPLPGAGIPPP935del", "several reference amino acids before one position")]
    [InlineData("p.2291_2292insH", "without its reference amino acid")]
    [InlineData("p.-967fs", "without its reference amino acid")]
    [InlineData("p.24Cys", "without its reference amino acid")]
    [InlineData("p.*667C", "changes the stop codon without 'ext'")]
    [InlineData("*1156*", "did you mean 'p.*1156='")]
    public void Rejects_with_a_message_naming_the_notation(string input, string message)
    {
        Assert.False(ProteinChange.TryParse(input, out var change, out var error));
        Assert.Null(change);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.StartsWith($"'{input}' ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p.(Ser332_Ser333ins(1))")]
    [InlineData("p.0")]
    [InlineData("p.(0)")]
    [InlineData("p.Arg65_Ser67[12]")]
    public void Valid_descriptions_with_brackets_or_parentheses_are_not_mistaken_for_unsupported_ones(string input)
    {
        Assert.True(ProteinChange.TryParse(input, out _, out var error), error);
    }
}
