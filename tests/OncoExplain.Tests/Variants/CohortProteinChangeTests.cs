using System.IO.Compression;
using System.Text.RegularExpressions;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Variants;

/// <summary>
/// Every protein change in the TCGA MAF files (Firehose <c>Protein_Change</c>, MC3 <c>HGVSp_Short</c>, any
/// <c>HGVSp*</c> column, plain and .gz) and the MSK-IMPACT 2017 SNV file (<c>HGVSp_Short</c>) in
/// ../shared/data/cohorts: parsing never throws, every accepted change round-trips, and every rejected one is
/// rejected for a known, stated reason. Counts per kind and the main rejection reasons are printed.
/// </summary>
public sealed partial class CohortProteinChangeTests
{
    /// <summary>The only reasons a cohort value may be rejected for: MAF conventions that are not HGVS.</summary>
    private static readonly string[] KnownRejections =
    [
        "splice-site variant",
        "'>' notation of older MAF files",
        "several reference amino acids before one position",
        "without its reference amino acid",
        "changes the start codon (Met1)",
        "changes the stop codon without 'ext'",
        "frameshift starting at a stop codon",
        "must start with 'p.'",
        "is empty",
    ];

    [Fact]
    public void Every_cohort_protein_change_is_classified_without_error()
    {
        var cohorts = SharedData.RequireDirectory("cohorts");
        var tcga = Directory.GetFiles(Path.Combine(cohorts, "tcga-mutations"), "*.maf.tsv*");
        var msk = Directory.GetFiles(Path.Combine(cohorts, "msk-impact-2017-snv"), "*.tsv");
        var all = new Classification();
        var distinct = new Classification();
        foreach (var file in tcga.Concat(msk).Order(StringComparer.Ordinal))
        {
            var perFile = new Classification();
            foreach (var value in ProteinValues(file))
            {
                perFile.Add(value);
                all.Add(value);
                if (!file.Contains(".actionable_genes.", StringComparison.Ordinal))
                {
                    distinct.Add(value);
                }
            }

            Assert.True(perFile.Total > 0, $"no protein column found in {file}");
            Write($"COHORT {Path.GetFileName(file)}: {perFile.Summary}");
        }

        Write($"COHORT all files: {all.Summary}");
        Write($"COHORT without the actionable-gene subsets (each row once): {distinct.Summary}");
        foreach (var (reason, count, example) in distinct.TopRejections(12))
        {
            Write($"COHORT rejected {count,7} × {reason}   e.g. {example}");
        }

        foreach (var (reason, _, example) in all.TopRejections(int.MaxValue))
        {
            Assert.True(KnownRejections.Any(known => reason.Contains(known, StringComparison.Ordinal)), $"unexpected rejection: {example}: {reason}");
        }
    }

    private static void Write(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private static IEnumerable<string> ProteinValues(string file)
    {
        using var stream = File.OpenRead(file);
        using var text = file.EndsWith(".gz", StringComparison.Ordinal)
            ? new StreamReader(new GZipStream(stream, CompressionMode.Decompress))
            : new StreamReader(stream);
        var header = text.ReadLine()?.Split('\t') ?? [];
        var columns = header.Select((name, index) => (name, index))
            .Where(c => c.name == "Protein_Change" || c.name.StartsWith("HGVSp", StringComparison.Ordinal))
            .Select(c => c.index)
            .ToArray();
        while (text.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            foreach (var column in columns)
            {
                yield return column < cells.Length ? cells[column] : "";
            }
        }
    }

    /// <summary>Counts per <see cref="ProteinChangeKind"/>, blanks and rejections by reason.</summary>
    private sealed class Classification
    {
        private readonly Dictionary<ProteinChangeKind, int> _kinds = [];
        private readonly Dictionary<string, (int Count, string Example)> _rejections = new(StringComparer.Ordinal);

        public int Total { get; private set; }

        public int Blank { get; private set; }

        public int Invalid { get; private set; }

        public void Add(string value)
        {
            Total++;
            if (value.Length == 0 || value == ".")
            {
                // MAF writes an empty cell or '.' when a mutation has no protein change (for example intronic).
                Blank++;
                Assert.False(ProteinChange.TryParse(value, out _, out _));
                return;
            }

            if (ProteinChange.TryParse(value, out var change, out var error))
            {
                Assert.Equal(change, ProteinChange.Parse(change.ToString()));
                Assert.Equal(change, ProteinChange.Parse(change.ToShortString()));
                _kinds[change.Kind] = _kinds.GetValueOrDefault(change.Kind) + 1;
                return;
            }

            Invalid++;
            var reason = Reason(error, value);
            _rejections[reason] = (_rejections.GetValueOrDefault(reason).Count + 1, _rejections.GetValueOrDefault(reason).Example ?? value);
        }

        public string Summary =>
            $"values={Total} blank={Blank} invalid={Invalid} "
            + string.Join(' ', Enum.GetValues<ProteinChangeKind>().Select(kind => $"{kind}={_kinds.GetValueOrDefault(kind)}"));

        public IEnumerable<(string Reason, int Count, string Example)> TopRejections(int count) =>
            _rejections.OrderByDescending(r => r.Value.Count).ThenBy(r => r.Key, StringComparer.Ordinal).Take(count)
                .Select(r => (r.Key, r.Value.Count, r.Value.Example));

        /// <summary>The message without the quoted input and character position, so equal reasons group together.</summary>
        private static string Reason(string error, string value) =>
            Suggestion().Replace(CharacterPosition().Replace(error.Replace($"'{value}' ", "", StringComparison.Ordinal), ""), "; did you mean …?");
    }

    [GeneratedRegex(@" \(at character \d+\)\.$")]
    private static partial Regex CharacterPosition();

    [GeneratedRegex(@"; did you mean '[^']*'\?")]
    private static partial Regex Suggestion();
}
