using System.Globalization;
using System.Text;

namespace OncoExplain.Cli.Commands;

/// <summary>The rule catalogue as plain text for a terminal.</summary>
internal static class RulesText
{
    public static string Write(KnowledgeBase knowledge)
    {
        var text = new StringBuilder();
        Line(text, $"OncoExplain rule catalogue - knowledge {knowledge.Version}, as of {knowledge.AsOf:yyyy-MM-dd}");
        Line(text, "Education, not a prescription: every rule needs clinician review before it reaches a caregiver.");
        foreach (var therapy in knowledge.Therapies)
        {
            Line(text, string.Empty);
            Line(text, $"{therapy.Id} - {therapy.Name} [{string.Join(", ", therapy.Cancers.Select(c => c.ToWireName()))}]");
            foreach (var rule in knowledge.Rules.Where(r => r.TherapyId == therapy.Id))
            {
                Line(text, $"  {rule.Id}: {rule.Effect.ToWireName()}, level {(rule.Level is { } level ? level.ToWireName() : "-")}, {rule.Bucket.ToWireName()}, {string.Join("/", rule.Cancers.Select(c => c.ToWireName()))}");
                Line(text, $"    {rule.Description}");
                Line(text, $"    if: {(rule.Conditions.IsEmpty ? "(always)" : string.Join(" AND ", rule.Conditions))}");
                if (!rule.Context.IsEmpty)
                {
                    Line(text, $"    context: {string.Join("; ", rule.Context.Select(c => $"{c.ConditionCode} -> {c.CaveatCode}"))}");
                }

                if (!rule.DrugIds.IsEmpty)
                {
                    Line(text, $"    regimens: {string.Join(", ", rule.DrugIds)}");
                }

                if (!rule.CaveatCodes.IsEmpty)
                {
                    Line(text, $"    caveats: {string.Join(", ", rule.CaveatCodes)}");
                }

                Line(text, $"    basis: {rule.Basis}; sources: {string.Join(", ", rule.SourceIds.Select(id => Cite(knowledge, id)))}");
            }
        }

        Line(text, string.Empty);
        Line(text, "Sources");
        foreach (var source in knowledge.Sources)
        {
            Line(text, $"  {source.Id} [{source.Status.ToWireName()}] {source.Citation}{(source.ApprovalDate is { } date ? string.Create(CultureInfo.InvariantCulture, $" FDA {date:yyyy-MM-dd}.") : string.Empty)}");
        }

        return text.ToString();
    }

    private static string Cite(KnowledgeBase knowledge, string id) =>
        knowledge.FindSource(id)?.Status == SourceStatus.Secondary ? id + " (secondary)" : id;

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
