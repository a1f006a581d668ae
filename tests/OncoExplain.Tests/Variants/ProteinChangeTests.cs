namespace OncoExplain.Tests.Variants;

public sealed class ProteinChangeTests
{
    [Theory]
    [InlineData("p.G12D", "p.Gly12Asp", "p.G12D", ProteinChangeKind.Substitution)]
    [InlineData("p.Gly12Asp", "p.Gly12Asp", "p.G12D", ProteinChangeKind.Substitution)]
    [InlineData("p.(Gly12Asp)", "p.(Gly12Asp)", "p.(G12D)", ProteinChangeKind.Substitution)]
    [InlineData("p.V600E", "p.Val600Glu", "p.V600E", ProteinChangeKind.Substitution)]
    [InlineData("p.Trp24Ter", "p.Trp24Ter", "p.W24*", ProteinChangeKind.Nonsense)]
    [InlineData("p.W24*", "p.Trp24Ter", "p.W24*", ProteinChangeKind.Nonsense)]
    [InlineData("p.R213X", "p.Arg213Ter", "p.R213*", ProteinChangeKind.Nonsense)]
    [InlineData("p.Arg97ProfsTer23", "p.Arg97ProfsTer23", "p.R97Pfs*23", ProteinChangeKind.Frameshift)]
    [InlineData("p.S1982Rfs*22", "p.Ser1982ArgfsTer22", "p.S1982Rfs*22", ProteinChangeKind.Frameshift)]
    [InlineData("p.Arg97fs", "p.Arg97fs", "p.R97fs", ProteinChangeKind.Frameshift)]
    [InlineData("p.Ile327Argfs*?", "p.Ile327ArgfsTer?", "p.I327Rfs*?", ProteinChangeKind.Frameshift)]
    [InlineData("p.Val7del", "p.Val7del", "p.V7del", ProteinChangeKind.Deletion)]
    [InlineData("p.Lys23_Val25del", "p.Lys23_Val25del", "p.K23_V25del", ProteinChangeKind.Deletion)]
    [InlineData("p.Ala3dup", "p.Ala3dup", "p.A3dup", ProteinChangeKind.Duplication)]
    [InlineData("p.Lys2_Gly3insGlnSerLys", "p.Lys2_Gly3insGlnSerLys", "p.K2_G3insQSK", ProteinChangeKind.Insertion)]
    [InlineData("p.Cys28delinsTrpVal", "p.Cys28delinsTrpVal", "p.C28delinsWV", ProteinChangeKind.DeletionInsertion)]
    [InlineData("p.*110Glnext*17", "p.Ter110GlnextTer17", "p.*110Qext*17", ProteinChangeKind.Extension)]
    [InlineData("p.Met1ext-5", "p.Met1ext-5", "p.M1ext-5", ProteinChangeKind.Extension)]
    [InlineData("p.Gly12=", "p.Gly12=", "p.G12=", ProteinChangeKind.Synonymous)]
    [InlineData("p.(=)", "p.(=)", "p.(=)", ProteinChangeKind.Synonymous)]
    [InlineData("p.Met1?", "p.Met1?", "p.M1?", ProteinChangeKind.StartLoss)]
    [InlineData("p.0", "p.0", "p.0", ProteinChangeKind.NoProtein)]
    [InlineData("p.0?", "p.0?", "p.0?", ProteinChangeKind.NoProtein)]
    [InlineData("p.?", "p.?", "p.?", ProteinChangeKind.Unknown)]
    [InlineData("p.Ala2[10]", "p.Ala2[10]", "p.A2[10]", ProteinChangeKind.Repeat)]
    [InlineData("p.(?)", "p.(?)", "p.(?)", ProteinChangeKind.Unknown)]
    [InlineData("p.Arg782Xaa", "p.Arg782Xaa", "p.R782Xaa", ProteinChangeKind.Substitution)]
    [InlineData("p.Lys2_Leu3insTer12", "p.Lys2_Leu3insTer12", "p.K2_L3ins*12", ProteinChangeKind.Insertion)]
    [InlineData("p.Gln746_Lys747ins*63", "p.Gln746_Lys747insTer63", "p.Q746_K747ins*63", ProteinChangeKind.Insertion)]
    [InlineData("p.(Ser332_Ser333ins(1))", "p.(Ser332_Ser333insXaa)", "p.(S332_S333insX)", ProteinChangeKind.Insertion)]
    [InlineData("p.V582_N583insXXXXX", "p.Val582_Asn583insXaa[5]", "p.V582_N583insX[5]", ProteinChangeKind.Insertion)]
    [InlineData("p.Arg78_Gly79ins23", "p.Arg78_Gly79insXaa[23]", "p.R78_G79insX[23]", ProteinChangeKind.Insertion)]
    [InlineData("p.(Ter315TyrextAsnLysGlyThrTer)", "p.(Ter315TyrextAsnLysGlyThrTer)", "p.(*315YextNKGT*)", ProteinChangeKind.Extension)]
    [InlineData("p.Glu302delinsArgGlyGlyGlu", "p.Glu302delinsArgGlyGlyGlu", "p.E302delinsRGGE", ProteinChangeKind.DeletionInsertion)]
    [InlineData("p.Gly5fsTer", "p.Gly5fs", "p.G5fs", ProteinChangeKind.Frameshift)]
    public void Parses_and_normalizes_both_ways(string input, string normalized, string shortForm, ProteinChangeKind kind)
    {
        var change = ProteinChange.Parse(input);

        Assert.Equal(kind, change.Kind);
        Assert.Equal(normalized, change.ToString());
        Assert.Equal(shortForm, change.ToShortString());
        Assert.Equal(change, ProteinChange.Parse(normalized));
        Assert.Equal(change, ProteinChange.Parse(shortForm));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("G12D", "did you mean 'p.G12D'")]
    [InlineData("p.Gly12D", "mixes one-letter and three-letter")]
    [InlineData("p.Gly12", "expected a new amino acid")]
    [InlineData("c.35G>A", "only protein changes")]
    [InlineData("p.Lys2_Gly5insGln", "neighbouring amino acids")]
    [InlineData("p.Gly13_Gly12del", "ends (12) before it starts (13)")]
    [InlineData("p.G0D", "of 0")]
    [InlineData("p.[Ser73Arg;Asn603del]", "allele")]
    [InlineData("p.G12D ", "white space")]
    [InlineData("p.Met1Thr", "start codon (Met1)")]
    [InlineData("p.Tyr4TerfsTer1", "that is a nonsense change")]
    [InlineData("p.His150Hisfs*10", "names an unchanged amino acid")]
    [InlineData("p.Met1Valext-4", "Met1 stays")]
    [InlineData("p.(Val559_Glu562delinsGlu)", "which is already there")]
    [InlineData("p.Cys5_Ser6delinsTerGluAsp", "after a stop")]
    [InlineData("p.Tyr4_Cys5insTerGluAsp", "after a stop")]
    [InlineData("p.*110Glnext*", "expected a new stop position")]
    [InlineData("p.Ter315TyrextAsnLys", "does not end with the new stop")]
    [InlineData("p.His7_Gln8insGly4_Ser6", "as positions")]
    [InlineData("p.Glu127delinsGlyGlyfs", "expected an amino acid of the inserted sequence")]
    public void Rejects_invalid_text_with_a_reason(string input, string reason)
    {
        Assert.False(ProteinChange.TryParse(input, out var change, out var error));
        Assert.Null(change);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ProteinChange.Parse(input));
    }

    [Fact]
    public void Truncating_changes_are_recognized()
    {
        Assert.True(ProteinChange.Parse("p.S1982Rfs*22").IsTruncating);
        Assert.True(ProteinChange.Parse("p.W24*").IsTruncating);
        Assert.False(ProteinChange.Parse("p.G12D").IsTruncating);
        Assert.True(ProteinChange.Parse("p.Cys28delinsLeuTer").IsTruncating);
        Assert.True(ProteinChange.Parse("p.Lys2_Gly3insGlnTer").IsTruncating);
        Assert.False(ProteinChange.Parse("p.Lys2_Gly3insGln").IsTruncating);
    }
}
