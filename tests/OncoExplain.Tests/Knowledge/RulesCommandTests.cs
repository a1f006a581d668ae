using System.Text.Json;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Knowledge;

public sealed class RulesCommandTests
{
    [Fact]
    public void Text_lists_every_rule_with_version_and_date()
    {
        var result = CliRunner.Run("rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("knowledge 2026.11, as of 2026-11-23", result.Out, StringComparison.Ordinal);
        Assert.All(KnowledgeBase.Current.Rules, r => Assert.Contains(r.Id + ":", result.Out, StringComparison.Ordinal));
        Assert.All(KnowledgeBase.Current.Sources, s => Assert.Contains($"  {s.Id} [", result.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_carries_every_code_with_wire_names()
    {
        var result = CliRunner.Run("rules", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2026.11", root.GetProperty("knowledgeVersion").GetString());
        Assert.Equal("2026-11-23", root.GetProperty("asOf").GetString());
        Assert.Equal(TherapyIds.All, root.GetProperty("therapies").EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
        Assert.Equal(ConditionCodes.All, root.GetProperty("conditions").EnumerateArray().Select(t => t.GetProperty("code").GetString()!));
        Assert.Equal(CaveatCodes.All, root.GetProperty("caveats").EnumerateArray().Select(t => t.GetProperty("code").GetString()!));
        Assert.Equal(TestIds.All, root.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("code").GetString()!));
        Assert.Equal(ReasonCodes.All, root.GetProperty("reasons").EnumerateArray().Select(t => t.GetProperty("code").GetString()!));
        var olaparib = root.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "parp-maintenance-germline-brca");
        Assert.Equal("1", olaparib.GetProperty("level").GetString());
        Assert.Equal("standard-option", olaparib.GetProperty("bucket").GetString());
        Assert.Equal("indication", olaparib.GetProperty("effect").GetString());
        var sotorasib = root.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "C9");
        Assert.Equal("secondary", sotorasib.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, sotorasib.GetProperty("approvalDate").ValueKind);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = CliRunner.Run("rules", "--format", "yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_rules_md_is_the_current_markdown_catalogue()
    {
        const string Begin = "<!-- BEGIN GENERATED: oncoexplain rules --format markdown -->";
        const string End = "<!-- END GENERATED -->";
        var path = RepositoryFiles.PathOf("docs", "rules.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{path} lacks the generated-section markers.");
        var committed = text[(start + Begin.Length + 1)..end];

        var current = CliRunner.Run("rules", "--format", "markdown").Out.ReplaceLineEndings("\n");

        Assert.True(
            committed == current,
            "docs/rules.md is out of date with the knowledge base. Regenerate it from the repository root with: python3 eng/update-rules-doc.py");
    }
}
