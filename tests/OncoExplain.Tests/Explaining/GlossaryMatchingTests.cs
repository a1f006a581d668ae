namespace OncoExplain.Tests.Explaining;

public sealed class GlossaryMatchingTests
{
    [Theory]
    [InlineData("a RAS change was found", "RAS", true)]
    [InlineData("a KRAS change was found", "RAS", false)]
    [InlineData("drugs called anti-EGFR antibodies", "EGFR", false)]
    [InlineData("drugs called anti-EGFR antibodies", "anti-EGFR", true)]
    [InlineData("Chemotherapy damages DNA", "chemotherapy", true)]
    [InlineData("the MSS result", "MSI", false)]
    [InlineData("first line", "line", true)]
    [InlineData("a guideline", "line", false)]
    public void Terms_match_whole_words_only(string text, string term, bool expected) =>
        Assert.Equal(expected, GlossaryWriter.ContainsTerm(text, term));
}
