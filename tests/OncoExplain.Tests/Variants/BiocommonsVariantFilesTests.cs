using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Variants;

/// <summary>
/// Every protein description in the biocommons/hgvs variant lists (../shared/data/hgvs/hgvs-biocommons-tests):
/// gauntlet and extra (valid variants, one a line), reject (invalid ones), ext.tsv and gcp/*.tsv (real dbSNP/HGMD
/// variants, HGVSp column). Valid ones must parse and round-trip through both normal forms; rejected ones must fail.
/// </summary>
public sealed class BiocommonsVariantFilesTests
{
    private const string Folder = "hgvs/hgvs-biocommons-tests";

    /// <summary>
    /// Descriptions in the lists that we reject on purpose: a deletion-insertion followed by 'fs' is not HGVS, and
    /// biocommons' own grammar_test.tsv rejects that shape (pro_delins: delinsAlafs is invalid).
    /// </summary>
    private static readonly Dictionary<string, string> DeliberateDifferences = new(StringComparer.Ordinal)
    {
        ["NP_149080.2:p.Glu127delinsGlyGlyfs"] = "a deletion-insertion cannot end in 'fs'",
        ["NP_149080.2:p.Phe171delinsLeuProfs"] = "a deletion-insertion cannot end in 'fs'",
    };

    [Fact]
    public void Listed_valid_descriptions_parse_and_round_trip()
    {
        var folder = SharedData.RequireDirectory(Folder);
        var tally = new SuiteTally("biocommons-variant-files");
        var perFile = new List<string>();
        foreach (var (file, descriptions) in ValidDescriptions(folder))
        {
            foreach (var description in descriptions)
            {
                var change = tally.Parse(description, out var error);
                if (DeliberateDifferences.ContainsKey(description))
                {
                    Assert.True(change is null, $"{file}: {description} parsed as {change}");
                    tally.Differ();
                    continue;
                }

                Assert.True(change is not null, $"{file}: {error}");
                Assert.Equal(change, ProteinChange.Parse(change.ToString()));
                Assert.Equal(change, ProteinChange.Parse(change.ToShortString()));
                tally.Agree();
            }

            perFile.Add($"{file}={descriptions.Count}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine("biocommons-variant-files: " + string.Join(' ', perFile));
        tally.Report();
        Assert.True(tally.Cases > 2000, $"only {tally.Cases} protein descriptions found");
    }

    [Fact]
    public void Listed_invalid_descriptions_are_rejected()
    {
        var folder = SharedData.RequireDirectory(Folder);
        var tally = new SuiteTally("biocommons-reject");
        foreach (var description in ProteinLines(Path.Combine(folder, "reject")))
        {
            Assert.Null(tally.Parse(description, out _));
            tally.Agree();
        }

        tally.Report();
    }

    private static IEnumerable<(string File, List<string> Descriptions)> ValidDescriptions(string folder)
    {
        yield return ("gauntlet", ProteinLines(Path.Combine(folder, "gauntlet")).ToList());
        yield return ("extra", ProteinLines(Path.Combine(folder, "extra")).ToList());
        var tables = Directory.GetFiles(folder, "*.tsv").Concat(Directory.GetFiles(Path.Combine(folder, "gcp"), "*.tsv"));
        foreach (var table in tables.Order(StringComparer.Ordinal))
        {
            var descriptions = HgvspColumn(table).ToList();
            if (descriptions.Count > 0)
            {
                yield return (Path.GetRelativePath(folder, table), descriptions);
            }
        }
    }

    private static IEnumerable<string> ProteinLines(string file) =>
        System.IO.File.ReadLines(file)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains(":p.", StringComparison.Ordinal));

    private static IEnumerable<string> HgvspColumn(string table)
    {
        using var lines = System.IO.File.ReadLines(table).GetEnumerator();
        if (!lines.MoveNext())
        {
            yield break;
        }

        var column = Array.IndexOf(lines.Current.Split('\t'), "HGVSp");
        if (column < 0)
        {
            yield break;
        }

        while (lines.MoveNext())
        {
            var cells = lines.Current.Split('\t');
            if (column < cells.Length && cells[column].Trim() is { Length: > 0 } value)
            {
                yield return value;
            }
        }
    }
}
