using System.Globalization;

namespace OncoExplain.Cli.Commands;

/// <summary>The JSON printed by <c>oncoexplain rules --format json</c>: the whole catalogue with wire names.</summary>
internal sealed record RulesReport(
    string KnowledgeVersion,
    string AsOf,
    TherapyEntry[] Therapies,
    RuleEntry[] Rules,
    ConditionEntry[] Conditions,
    CodeEntry[] Caveats,
    CodeEntry[] Tests,
    CodeEntry[] Reasons,
    SourceEntry[] Sources)
{
    public static RulesReport From(KnowledgeBase knowledge) => new(
        knowledge.Version,
        Date(knowledge.AsOf),
        [.. knowledge.Therapies.Select(t => new TherapyEntry(t.Id, t.Name, Cancers(t.Cancers), t.TumourAgnostic, t.Description))],
        [.. knowledge.Rules.Select(r => new RuleEntry(
            r.Id, r.TherapyId, Cancers(r.Cancers), r.Effect.ToWireName(), [.. r.Conditions],
            [.. r.Context.Select(c => new ContextEntry(c.ConditionCode, c.CaveatCode))],
            r.Level?.ToWireName(), r.Bucket.ToWireName(), [.. r.SourceIds], [.. r.DrugIds], [.. r.CaveatCodes], r.Basis, r.Description))],
        [.. knowledge.Conditions.Select(c => new ConditionEntry(
            c.Code, c.Kind.ToWireName(), c.WhenNotMet.ToWireName(), c.WhenUnknown.ToWireName(), c.ColorectalTestId, c.PancreaticTestId,
            c.UnknownCaveatCode, c.Arguments, c.Description, [.. c.SourceIds]))],
        Codes(knowledge.Caveats),
        Codes(knowledge.Tests),
        Codes(knowledge.Reasons),
        [.. knowledge.Sources.Select(s => new SourceEntry(
            s.Id, s.Status.ToWireName(), s.Citation, s.Trial, s.ApprovalDate is { } d ? Date(d) : null, s.Pmid, s.Doi, s.Url))]);

    private static string[] Cancers(IEnumerable<CancerType> cancers) => [.. cancers.Select(c => c.ToWireName())];

    private static CodeEntry[] Codes(IEnumerable<CodeDefinition> codes) => [.. codes.Select(c => new CodeEntry(c.Code, c.Description, [.. c.SourceIds]))];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed record TherapyEntry(string Id, string Name, string[] Cancers, bool TumourAgnostic, string Description);

internal sealed record ContextEntry(string Condition, string Caveat);

internal sealed record RuleEntry(
    string Id, string Therapy, string[] Cancers, string Effect, string[] Conditions, ContextEntry[] Context, string? Level, string Bucket,
    string[] Sources, string[] Regimens, string[] Caveats, string Basis, string Description);

internal sealed record ConditionEntry(
    string Code, string Kind, string WhenNotMet, string WhenUnknown, string? ColorectalTest, string? PancreaticTest, string? UnknownCaveat,
    string Arguments, string Description, string[] Sources);

internal sealed record CodeEntry(string Code, string Description, string[] Sources);

internal sealed record SourceEntry(string Id, string Status, string Citation, string? Trial, string? ApprovalDate, string? Pmid, string? Doi, string? Url);
