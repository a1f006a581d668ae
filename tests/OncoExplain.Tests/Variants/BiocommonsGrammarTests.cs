using System.Text.RegularExpressions;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Variants;

/// <summary>
/// The protein rows of biocommons/hgvs tests/data/grammar_test.tsv (../shared/data/hgvs/hgvs-biocommons-tests).
/// Rows of whole-description rules are parsed as written; rows of edit rules (<c>pro_subst</c>, <c>pro_fs</c>, …)
/// are completed with a position in the row's own letter style (<c>Argfs*9</c> → <c>p.Gly5Argfs*9</c>). Accept or
/// reject must agree with the row, and where the row gives a normalized form ours must be that text or an
/// equivalent spelling of the same change.
/// </summary>
public sealed partial class BiocommonsGrammarTests
{
    private const string File = "hgvs/hgvs-biocommons-tests/grammar_test.tsv";

    private static readonly HashSet<string> WholeDescriptionRules = new(StringComparer.Ordinal)
    {
        "p_variant", "p_typed_posedit", "p_posedit", "p_posedit_special", "hgvs_variant",
    };

    private static readonly HashSet<string> EditRules = new(StringComparer.Ordinal)
    {
        "pro_subst", "pro_del", "pro_dup", "pro_ins", "pro_delins", "pro_fs", "pro_ext", "pro_ident", "fs", "ext",
    };

    /// <summary>
    /// Protein-related rules left out, and why: they are parts of a description, not descriptions.
    /// Listed so that the exclusion is deliberate and reviewable.
    /// </summary>
    public static readonly TheoryData<string, string> ExcludedRules = new()
    {
        { "p_hgvs_position, p_pos, p_interval, def_p_pos, def_p_interval", "positions without a change (p.Met1)" },
        { "aa1, aa3, aa13, aat1, aat3, aat13, term1, term3, term13, *_seq", "single codes and sequences; Asx/Glx (B/Z) are not used in changes" },
        { "aa13_ext, aa13_fs, fsext_offset", "tails of fs/ext, covered through the fs and ext rules" },
        { "pro_edit", "mixes edits that need different positions (insPro, del) in one row" },
        { "pro_edit_mu", "uncertain edits in parentheses, out of scope" },
    };

    /// <summary>Rows where we deliberately differ from biocommons, keyed by the completed description.</summary>
    private static readonly Dictionary<string, string> DeliberateDifferences = new(StringComparer.Ordinal)
    {
        ["p.Gly5?"] = "HGVS uses '?' after a position only for the start codon (p.Met1?)",
        ["p.(?)"] = "HGVS writes p.(?) for a predicted unknown effect (alleles.md); biocommons rejects it",
        ["p.Ter110ext"] = "an extension needs its new stop (extTer17 or extTer?)",
        ["p.Ter110ext*"] = "an extension needs its new stop (extTer17 or extTer?)",
        ["p.Ter110extTer"] = "an extension needs its new stop (extTer17 or extTer?)",
        ["p.*110extX"] = "an extension needs its new stop (extTer17 or extTer?)",
        ["p.Ter110GlnextTer"] = "an extension needs its new stop (extTer17 or extTer?)",
        ["p.Ter110Glnext*"] = "an extension needs its new stop (extTer17 or extTer?)",
        ["p.Met1extVal-5"] = "N-terminal extensions do not change Met1 (extension.md: not p.Met1Valext-4)",
        ["NP_000001.1:p.Met1Valext-10"] = "N-terminal extensions do not change Met1 (extension.md: not p.Met1Valext-4)",
    };

    /// <summary>
    /// Invalid edit-rule tests that become valid descriptions once a position is put in front: 'Alafs' in a
    /// pro_delins row is not a deletion-insertion, but p.Gly5Alafs is a frameshift. Not counted.
    /// </summary>
    private static readonly HashSet<string> CompositionArtifacts = new(StringComparer.Ordinal) { "p.Gly5Alafs" };

    [Fact]
    public void Protein_rule_rows_agree_with_biocommons()
    {
        var tally = new SuiteTally("biocommons-grammar");
        var (textIdentical, textEquivalent) = (0, 0);
        var differences = new HashSet<string>(StringComparer.Ordinal);
        var (validTests, invalidTests) = (0, 0);
        foreach (var row in System.IO.File.ReadAllLines(SharedData.RequireFile(File)).Select(line => line.Split('\t')))
        {
            if (row.Length < 4 || !(WholeDescriptionRules.Contains(row[0]) || EditRules.Contains(row[0])))
            {
                continue;
            }

            var (rule, valid) = (row[0], row[2] == "True");
            var tests = row[3] == "list" ? row[1].Split('|') : [row[1]];
            var expected = row.Length > 4 && !string.IsNullOrEmpty(row[4]) ? row[4].Split('|') : [];
            for (var i = 0; i < tests.Length; i++)
            {
                var (description, normalized) = Complete(rule, tests[i], i < expected.Length ? expected[i] : null);
                if (description is null)
                {
                    continue;
                }

                if (CompositionArtifacts.Contains(description))
                {
                    tally.Exclude();
                    continue;
                }

                var change = tally.Parse(description, out var error);
                (validTests, invalidTests) = valid ? (validTests + 1, invalidTests) : (validTests, invalidTests + 1);
                if (DeliberateDifferences.TryGetValue(description, out var reason))
                {
                    Assert.True((change is not null) != valid, $"{rule} {description}: listed as a difference ({reason}) but agrees");
                    differences.Add(description);
                    tally.Differ();
                    continue;
                }

                Assert.True(valid == (change is not null), $"{rule} {description}: biocommons says {(valid ? "valid" : "invalid")}; we {(change is null ? "reject: " + error : "accept")}");
                if (change is not null && normalized is not null)
                {
                    if (change.ToString() == normalized)
                    {
                        textIdentical++;
                    }
                    else
                    {
                        Assert.Equal(ProteinChange.Parse(normalized), change);
                        textEquivalent++;
                    }
                }

                tally.Agree();
            }
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"biocommons-grammar: valid tests={validTests} invalid tests={invalidTests}");
        output?.WriteLine($"biocommons-grammar: normalized text identical={textIdentical}, same change spelled differently={textEquivalent}");
        tally.Report();
        Assert.Equal(DeliberateDifferences.Keys.Order(StringComparer.Ordinal), differences.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExcludedRules))]
    public void Excluded_rules_are_documented(string rules, string reason)
    {
        Assert.NotEmpty(rules);
        Assert.NotEmpty(reason);
        Assert.DoesNotContain(rules.Split(", "), rule => WholeDescriptionRules.Contains(rule) || EditRules.Contains(rule));
    }

    /// <summary>Makes a whole description (and its expected normalized text) from one test of a row.</summary>
    private static (string? Description, string? Normalized) Complete(string rule, string test, string? expected)
    {
        var normalized = expected is null || expected == "None" || expected.StartsWith('(') && expected.Contains('\'') ? null : expected;
        if (WholeDescriptionRules.Contains(rule))
        {
            if (rule == "hgvs_variant" && !test.Contains(":p.", StringComparison.Ordinal))
            {
                return (null, null);
            }

            var prefix = rule is "p_posedit" or "p_posedit_special" ? "p." : "";
            return (prefix + test, normalized is null ? null : prefix + normalized);
        }

        var oneLetter = !ThreeLetterCode().IsMatch(test) && OneLetterCode().IsMatch(test);
        var (position, threeLetterPosition) = rule switch
        {
            "pro_ins" => oneLetter ? ("G5_F6", "Gly5_Phe6") : ("Gly5_Phe6", "Gly5_Phe6"),
            "pro_ext" or "ext" when test.Contains('-', StringComparison.Ordinal) => oneLetter ? ("M1", "Met1") : ("Met1", "Met1"),
            "pro_ext" or "ext" => oneLetter ? ("*110", "Ter110") : ("Ter110", "Ter110"),
            _ => oneLetter ? ("G5", "Gly5") : ("Gly5", "Gly5"),
        };

        // The fs and ext rules give parse-tree tuples, not text, as their expected values.
        var expectedText = rule is "fs" or "ext" || normalized is null ? null : "p." + threeLetterPosition + normalized;
        return ("p." + position + test, expectedText);
    }

    [GeneratedRegex("[A-Z][a-z]{2}")]
    private static partial Regex ThreeLetterCode();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex OneLetterCode();
}
