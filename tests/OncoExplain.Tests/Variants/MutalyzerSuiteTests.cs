using System.Collections.Immutable;
using System.Text.Json;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Variants;

/// <summary>
/// The protein cases of the Mutalyzer HGVS parser's own tests (mutalyzer/hgvs-parser tests/test_protein.py), read from
/// ../shared/data/hgvs/mutalyzer-protein-parse-cases. A case with a model must parse to the same model; a case with an
/// empty model is one Mutalyzer itself skips, and we pin what we do with it.
/// </summary>
public sealed class MutalyzerSuiteTests
{
    private const string File = "hgvs/mutalyzer-protein-parse-cases/mutalyzer_protein_cases.json";

    /// <summary>Cases with a model that we reject on purpose, and why.</summary>
    private static readonly Dictionary<string, string> DeliberateDifferences = new(StringComparer.Ordinal)
    {
        ["PREF:p.[Ser44Arg;Trp46Arg]"] = "allele",
        ["NP_003997.1:p.[Ser68Arg;Asn594del]"] = "allele",
        ["NP_003997.1:p.[(Ser68Arg;Asn594del)]"] = "allele",
        ["PREF:p.24Cys"] = "without its reference amino acid",
        ["STR:D5S818"] = "must start with 'p.'",

        // HGVS frameshift.md: "the description p.His150HisfsTer10 (or p.His150Hisfs*10) is not correct".
        ["PREF:p.His150Hisfs*10"] = "names an unchanged amino acid",
    };

    /// <summary>Cases Mutalyzer skips (empty model) that we read; all other skipped cases we reject as out of scope.</summary>
    private static readonly HashSet<string> SkippedUpstreamButAccepted = new(StringComparer.Ordinal)
    {
        "LRG_199p1:p.0",
        "LRG_199p1:p.Met1?",
        "NP_003997.1:p.Met1ext-5",
        "NP_003997.1:p.?",
        "NP_060250.2:p.Gln746_Lys747ins*63",
    };

    private static readonly string[] OutOfScopeMessages = ["allele", "mosaic", "'^'", "uncertain"];

    [Fact]
    public void Every_case_parses_to_the_expected_model_or_is_a_listed_difference()
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(SharedData.RequireFile(File)));
        var tally = new SuiteTally("mutalyzer");
        var skippedUpstream = 0;
        foreach (var group in json.RootElement.EnumerateObject())
        {
            foreach (var entry in group.Value.EnumerateObject())
            {
                var change = tally.Parse(entry.Name, out var error);
                if (!entry.Value.EnumerateObject().Any())
                {
                    skippedUpstream++;
                    CheckSkippedUpstream(entry.Name, change, error);
                    tally.Agree();
                }
                else if (DeliberateDifferences.TryGetValue(entry.Name, out var reason))
                {
                    Assert.True(change is null, $"{entry.Name} was expected to be rejected ({reason}) but parsed as {change}");
                    Assert.Contains(reason, error, StringComparison.Ordinal);
                    tally.Differ();
                }
                else
                {
                    Assert.True(change is not null, $"{entry.Name}: {error}");
                    Assert.Equal(ExpectedModel(entry.Value), change);
                    tally.Agree();
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"mutalyzer: {skippedUpstream} cases have an empty model (skipped upstream)");
        tally.Report();
        Assert.Equal(76, tally.Cases);
    }

    private static void CheckSkippedUpstream(string description, ProteinChange? change, string? error)
    {
        if (SkippedUpstreamButAccepted.Contains(description))
        {
            Assert.True(change is not null, $"{description}: {error}");
            Assert.Equal(change, ProteinChange.Parse(change.ToString()));
        }
        else
        {
            Assert.True(change is null, $"{description} parsed as {change}");
            Assert.True(OutOfScopeMessages.Any(message => error!.Contains(message, StringComparison.Ordinal)), error);
        }
    }

    /// <summary>Builds our model from Mutalyzer's (a test-side translation of its JSON, written independently of the parser).</summary>
    private static ProteinChange ExpectedModel(JsonElement model)
    {
        var reference = model.GetProperty("reference").GetProperty("id").GetString();
        var predicted = model.TryGetProperty("predicted", out var p) && p.GetBoolean();
        var variants = model.GetProperty("variants");
        var change = variants.GetArrayLength() == 0
            ? new ProteinChange(ProteinChangeKind.Synonymous)
            : Variant(variants[0]);
        return change with { Reference = reference, IsPredicted = predicted };
    }

    private static ProteinChange Variant(JsonElement variant)
    {
        var location = variant.GetProperty("location");
        var (start, end) = location.GetProperty("type").GetString() == "range"
            ? (Point(location.GetProperty("start")), (ProteinPosition?)Point(location.GetProperty("end")))
            : (Point(location), null);
        var inserted = variant.TryGetProperty("inserted", out var list) ? list.EnumerateArray().ToArray() : [];
        switch (variant.GetProperty("type").GetString())
        {
            case "substitution":
                var alternate = Sequence(inserted[0]).Single();
                var kind = alternate == AminoAcid.Ter ? ProteinChangeKind.Nonsense
                    : alternate == start.AminoAcid ? ProteinChangeKind.Synonymous
                    : ProteinChangeKind.Substitution;
                return new ProteinChange(kind) { Start = start, Alternate = kind == ProteinChangeKind.Substitution ? alternate : null };
            case "equal":
                return new ProteinChange(ProteinChangeKind.Synonymous) { Start = start };
            case "deletion":
                return new ProteinChange(ProteinChangeKind.Deletion) { Start = start, End = end };
            case "duplication":
                return new ProteinChange(ProteinChangeKind.Duplication) { Start = start, End = end };
            case "insertion":
                return new ProteinChange(ProteinChangeKind.Insertion) { Start = start, End = end, Inserted = Sequence(inserted[0]) };
            case "deletion_insertion":
                return new ProteinChange(ProteinChangeKind.DeletionInsertion) { Start = start, End = end, Inserted = Sequence(inserted[0]) };
            case "repeat":
                return new ProteinChange(ProteinChangeKind.Repeat) { Start = start, RepeatCount = Length(inserted[0]) };
            case "frame_shift":
                var shifted = new ProteinChange(ProteinChangeKind.Frameshift) { Start = start };
                return inserted.Length == 0 ? shifted : WithNewStop(shifted with { Alternate = Sequence(inserted[0]).Single() }, inserted[^1]);
            case "extension":
                return Extension(start, inserted);
            default:
                throw new InvalidOperationException("Unknown Mutalyzer variant type " + variant.GetProperty("type").GetString());
        }
    }

    private static ProteinChange Extension(ProteinPosition start, JsonElement[] inserted)
    {
        var change = new ProteinChange(ProteinChangeKind.Extension) { Start = start };
        if (inserted is [var upstream] && upstream.TryGetProperty("location", out var where))
        {
            Assert.Equal("upstream", where.GetProperty("outside_cds").GetString());
            return change with { NewStopOrStart = -where.GetProperty("position").GetInt32() };
        }

        change = change with { Alternate = Sequence(inserted[0]).Single() };
        return inserted.Length == 3
            ? WithNewStop(change, inserted[2])
            : change with { Inserted = Sequence(inserted[1]) };
    }

    private static ProteinChange WithNewStop(ProteinChange change, JsonElement stop)
    {
        var location = stop.GetProperty("location");
        return location.TryGetProperty("uncertain", out var uncertain) && uncertain.GetBoolean()
            ? change with { NewStopUnknown = true }
            : change with { NewStopOrStart = location.GetProperty("position").GetInt32() };
    }

    private static ProteinPosition Point(JsonElement point) =>
        new(Code(point.GetProperty("amino_acid").GetString()!), point.GetProperty("position").GetInt32());

    private static int Length(JsonElement inserted) => inserted.GetProperty("length").GetProperty("value").GetInt32();

    private static ImmutableArray<AminoAcid> Sequence(JsonElement inserted)
    {
        if (inserted.TryGetProperty("length", out _))
        {
            return [.. Enumerable.Repeat(AminoAcid.Xaa, Length(inserted))];
        }

        var text = inserted.GetProperty("sequence").GetString()!;
        var result = ImmutableArray.CreateBuilder<AminoAcid>();
        for (var i = 0; i < text.Length;)
        {
            var three = i + 3 <= text.Length && char.IsAsciiLetterLower(text[i + 1]);
            result.Add(three ? Code(text.Substring(i, 3)) : text[i] == 'X' ? AminoAcid.Xaa : Code(text.Substring(i, 1)));
            i += three ? 3 : 1;
        }

        return result.ToImmutable();
    }

    private static AminoAcid Code(string code) =>
        code.Length == 3 && AminoAcidCodes.TryFromThreeLetter(code, out var three) ? three
        : code.Length == 1 && AminoAcidCodes.TryFromOneLetter(code[0], out var one) ? one
        : throw new InvalidOperationException("Unknown amino-acid code " + code);
}
