using System.Text.RegularExpressions;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Variants;

/// <summary>
/// The examples of the official HGVS protein recommendations (../shared/data/hgvs/hgvs-nomenclature-examples):
/// every code span with "p." extracted from the pages (valid → must parse; counter-examples → must be rejected),
/// and the protein examples of syntax.yaml. The extraction is mechanical, so fragments and mis-classified spans are
/// excluded or reclassified below, each with its reason; valid HGVS that this parser leaves out of scope on purpose
/// (alleles, mosaics, uncertain forms) must be rejected with a message that says so.
/// </summary>
public sealed partial class NomenclatureExamplesTests
{
    private const string Extracted = "hgvs/hgvs-nomenclature-examples/protein_examples_extracted.tsv";
    private const string Syntax = "hgvs/hgvs-nomenclature-examples/syntax.yaml";

    /// <summary>Spans that are not whole descriptions or cannot be judged without the reference sequence.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["p.["] = "fragment of the allele syntax",
        ["p.[variant1"] = "fragment of the allele syntax",
        ["p.[variant1]"] = "placeholder in the allele syntax",
        ["HisAsp.."] = "sequence fragment, not a description",
        ["MetTrpSerSerHisAsp.."] = "sequence fragment, not a description",
        ["MetTrpSerSerSerHisAsp.."] = "sequence fragment, not a description",
        ["p.His7"] = "position only, quoted while explaining p.His7_Gln8insGly4_Ser6",
        ["p.Gln8"] = "position only, quoted while explaining p.His7_Gln8insGly4_Ser6",
        ["p.Gly4"] = "position only, quoted while explaining p.His7_Gln8insGly4_Ser6",
        ["p.Ser6"] = "position only, quoted while explaining p.His7_Gln8insGly4_Ser6",
        ["p.Ser73"] = "position only, quoted while explaining p.[Ser73Arg];[Ser73=]",
        ["p.Met1ext"] = "fragment of p.Met1extMet-5, split by a highlight span",
        ["delinsSerSerTerAlaAsp"] = "counter-example fragment without p. and position",
        ["insSerSerTerAlaPro"] = "counter-example fragment without p. and position",
        ["p.(Val89_Gln119del)"] = "wrong only by the 3' rule, which needs the reference sequence",
    };

    /// <summary>Spans extracted as valid that the page itself calls incorrect; they must be rejected.</summary>
    private static readonly Dictionary<string, string> ReclassifiedInvalid = new(StringComparer.Ordinal)
    {
        ["p.Tyr4TerfsTer1"] = "frameshift.md: 'not p.Tyr4TerfsTer1'; an immediate stop is a nonsense change",
        ["p.2366Gln/Lys"] = "substitution.md: a past format for polymorphisms, no longer used",
        ["p.2366Q/K"] = "substitution.md: a past format for polymorphisms, no longer used",
    };

    /// <summary>Valid HGVS outside this parser's scope, with the word its rejection message must contain.</summary>
    private static readonly (Regex Shape, string Message)[] OutOfScope =
    [
        (AlleleShape(), "allele"),
        (MosaicShape(), "mosaic"),
        (AlternativesShape(), "'^'"),
        (UncertainShape(), "uncertain"),
        (CopiedRangeShape(), "as positions"),
    ];

    [Fact]
    public void Extracted_examples_are_accepted_or_rejected_as_the_pages_say()
    {
        var tally = new SuiteTally("hgvs-nomenclature-pages");
        var (outOfScope, reclassified, validSpans, invalidSpans) = (0, 0, 0, 0);
        foreach (var row in System.IO.File.ReadAllLines(SharedData.RequireFile(Extracted)).Skip(1).Select(line => line.Split('\t')))
        {
            var (page, valid, example) = (row[0], row[1] == "valid", row[2]);
            if (Excluded.ContainsKey(example))
            {
                tally.Exclude();
                continue;
            }

            var change = tally.Parse(example, out var error);
            (validSpans, invalidSpans) = valid ? (validSpans + 1, invalidSpans) : (validSpans, invalidSpans + 1);
            if (valid && ReclassifiedInvalid.ContainsKey(example))
            {
                Assert.True(change is null, $"{page}: {example} parsed as {change}");
                reclassified++;
                tally.Agree();
            }
            else if (valid && OutOfScope.FirstOrDefault(o => o.Shape.IsMatch(example)) is { Shape: not null } scope)
            {
                Assert.True(change is null, $"{page}: {example} is out of scope but parsed as {change}");
                Assert.Contains(scope.Message, error, StringComparison.Ordinal);
                outOfScope++;
                tally.Differ();
            }
            else if (valid)
            {
                Assert.True(change is not null, $"{page}: {error}");
                Assert.Equal(change, ProteinChange.Parse(change.ToString()));
                tally.Agree();
            }
            else
            {
                Assert.True(change is null, $"{page}: counter-example {example} parsed as {change}");
                tally.Agree();
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"hgvs-nomenclature-pages: valid spans={validSpans} (reclassified as invalid={reclassified}, out of scope={outOfScope}) counter-examples={invalidSpans}");
        tally.Report();
        Assert.Equal(245, tally.Cases + tally.Excluded);
    }

    [Fact]
    public void Syntax_summary_protein_examples_parse_unless_out_of_scope()
    {
        var text = System.IO.File.ReadAllText(SharedData.RequireFile(Syntax));
        var protein = text[..text.IndexOf("\ndna:", StringComparison.Ordinal)];
        var tally = new SuiteTally("hgvs-nomenclature-syntax");
        foreach (Match match in ExampleLine().Matches(protein))
        {
            var example = match.Groups[1].Value;
            var change = tally.Parse(example, out var error);
            if (OutOfScope.FirstOrDefault(o => o.Shape.IsMatch(example)) is { Shape: not null } scope)
            {
                Assert.True(change is null, $"{example} is out of scope but parsed as {change}");
                Assert.Contains(scope.Message, error, StringComparison.Ordinal);
                tally.Differ();
            }
            else
            {
                Assert.True(change is not null, error);
                tally.Agree();
            }
        }

        tally.Report();
        Assert.Equal(23, tally.Cases);
    }

    [GeneratedRegex(@"p\.\(?\[|\(;\)|\];\[")]
    private static partial Regex AlleleShape();

    [GeneratedRegex(@"=//?")]
    private static partial Regex MosaicShape();

    [GeneratedRegex(@"\^")]
    private static partial Regex AlternativesShape();

    [GeneratedRegex(@"\)\[\(")]
    private static partial Regex UncertainShape();

    [GeneratedRegex(@"ins[A-Z][a-z]{2}\d+_")]
    private static partial Regex CopiedRangeShape();

    [GeneratedRegex(@"^\s+- (\S+:p\.\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ExampleLine();
}
