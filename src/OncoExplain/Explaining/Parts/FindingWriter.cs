using System.Collections.Immutable;
using System.Globalization;

namespace OncoExplain;

/// <summary>Puts the engine's findings into words: name, status, one sentence per condition checked, and the evidence.</summary>
internal static class FindingWriter
{
    private static readonly string[] ArgumentNames = ["detail", "detail2", "detail3"];

    public static ImmutableArray<ExplainedFinding> Write(ExplainContext context, IEnumerable<Finding> findings) =>
        [.. findings.Select(f => Write(context, f))];

    public static string TherapyName(ExplainContext context, string therapyId) => context.Texts[$"Therapy.{therapyId}.Name"];

    private static ExplainedFinding Write(ExplainContext context, Finding finding)
    {
        context.Cite(finding.SourceIds);
        var reasons = ImmutableArray.CreateBuilder<string>();
        foreach (var check in finding.Checks)
        {
            reasons.Add(Reason(context, check));
        }

        foreach (var caveat in finding.CaveatCodes)
        {
            reasons.Add(context.Texts[$"Caveat.{caveat}"]);
        }

        return new ExplainedFinding(
            finding.TherapyId,
            finding.Status,
            TherapyName(context, finding.TherapyId),
            context.Texts[$"Status.{finding.Status}"],
            reasons.ToImmutable(),
            EvidenceText(context, finding),
            finding.SourceIds,
            finding.Bucket,
            context.Texts[$"Bucket.{finding.Bucket}"],
            finding.Level,
            finding);
    }

    private static string Reason(ExplainContext context, ConditionCheck check)
    {
        // A text written for this many arguments (Reason.code.Outcome.2) may name them; the plain text never does.
        var key = $"Reason.{check.Code}.{check.Outcome}";
        var count = Math.Min(check.Arguments.Length, ArgumentNames.Length);
        var specific = $"{key}.{count.ToString(CultureInfo.InvariantCulture)}";
        if (count == 0 || !context.Texts.Has(specific))
        {
            return context.Texts[key];
        }

        Span<(string Name, string Value)> arguments = new (string, string)[count];
        for (var i = 0; i < count; i++)
        {
            arguments[i] = (ArgumentNames[i], Readable(context, check.Arguments[i]));
        }

        return context.Texts.Get(specific, arguments);
    }

    // Protein changes read as reports print them (G12D, not p.G12D); numbers take the culture's decimal separator.
    private static string Readable(ExplainContext context, string argument)
    {
        if (argument.StartsWith("p.", StringComparison.Ordinal) && ProteinChange.TryParse(argument, out var change, out _))
        {
            return change.ToShortString()[2..];
        }

        return argument.Contains('.', StringComparison.Ordinal)
               && double.TryParse(argument, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("0.##", context.FormatCulture)
            : argument;
    }

    // The first source of a finding is its main evidence (the knowledge base lists the deciding trial or label first);
    // the others stay in the source list without being described.
    private static string EvidenceText(ExplainContext context, Finding finding)
    {
        var main = finding.SourceIds.IsEmpty ? null : KnowledgeBase.Current.FindSource(finding.SourceIds[0]);
        return main switch
        {
            { ApprovalDate: { } date, Trial: { } trial } => context.Texts.Get("Evidence.ApprovedWithTrial", ("year", Year(date)), ("trial", trial)),
            { ApprovalDate: { } date } => context.Texts.Get("Evidence.Approved", ("year", Year(date))),
            { Trial: { } trial } => context.Texts.Get("Evidence.Trial", ("trial", trial)),
            _ => context.Texts["Evidence.Studies"],
        };
    }

    private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);

}
