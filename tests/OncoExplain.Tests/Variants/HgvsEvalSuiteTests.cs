using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Variants;

/// <summary>
/// The protein rows of biocommons/hgvs-eval's tool-neutral criteria (../shared/data/hgvs/hgvs-eval-criteria): every
/// accepted output must parse, and all must describe the same change as the preferred output. The suite lists
/// predicted and observed forms (<c>p.(Ala158del)</c>, <c>p.Ala158del</c>) as acceptable equivalents, so they are
/// compared apart from <see cref="ProteinChange.IsPredicted"/>; the preferred form must also be our normalized text.
/// </summary>
public sealed class HgvsEvalSuiteTests
{
    private const string File = "hgvs/hgvs-eval-criteria/hgvs_eval_criteria_tests.tsv";

    [Fact]
    public void Accepted_protein_outputs_parse_and_match_the_preferred_one()
    {
        var lines = System.IO.File.ReadAllLines(SharedData.RequireFile(File));
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        var (input, accepted, preferred, name) = (Column("input"), Column("output_accepted"), Column("output_preferred"), Column("name"));

        var tally = new SuiteTally("hgvs-eval");
        var rows = 0;
        foreach (var row in lines.Skip(1).Select(line => line.Split('\t')))
        {
            if (!row[preferred].Contains(":p.", StringComparison.Ordinal))
            {
                continue;
            }

            rows++;
            var best = tally.Parse(row[preferred], out var bestError);
            Assert.True(best is not null, $"{row[name]}: {bestError}");
            Assert.Equal(row[preferred], best.ToString());
            tally.Agree();

            var forms = row[accepted].Split('|').ToList();
            if (row[input].Contains(":p.", StringComparison.Ordinal))
            {
                forms.Add(row[input].Trim());
            }

            foreach (var form in forms)
            {
                var change = tally.Parse(form, out var error);
                Assert.True(change is not null, $"{row[name]}: {error}");
                Assert.Equal(best with { IsPredicted = false }, change with { IsPredicted = false });
                Assert.Equal(form.Contains("p.(", StringComparison.Ordinal), change.IsPredicted);
                tally.Agree();
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"hgvs-eval: {rows} protein rows");
        tally.Report();
        Assert.Equal(3, rows);
    }
}
