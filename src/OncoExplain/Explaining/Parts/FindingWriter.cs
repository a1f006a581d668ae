using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace OncoExplain;

/// <summary>
/// Puts the engine's findings into words: name, status, one sentence per condition checked, and the evidence. The words
/// depend only on the finding and the culture, so each finding is written once per culture (see
/// <see cref="CultureTexts.TryGetWritten"/>) and found again when the engine hands out the same finding.
/// </summary>
internal static class FindingWriter
{
    private static readonly string[] ArgumentNames = ["detail", "detail2", "detail3"];

    // Text keys of the known codes, built once (the same strings the interpolations below build for any other code).
    private static readonly FrozenDictionary<string, string> TherapyNameKeys = TherapyIds.All.ToFrozenDictionary(id => id, NameKey, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, string> CaveatKeys = CaveatCodes.All.ToFrozenDictionary(code => code, CaveatKey, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, string[]> ReasonKeys = ConditionCodes.All.ToFrozenDictionary(
        code => code,
        code => Enum.GetValues<ConditionOutcome>().SelectMany(outcome => ReasonKeysOf(code, outcome)).ToArray(),
        StringComparer.Ordinal);

    private static readonly string[] StatusKeys = [.. Enum.GetValues<FindingStatus>().Select(status => $"Status.{status}")];
    private static readonly string[] BucketKeys = [.. Enum.GetValues<CaregiverBucket>().Select(bucket => $"Bucket.{bucket}")];

    public static ImmutableArray<ExplainedFinding> Write(ExplainContext context, ImmutableArray<Finding> findings)
    {
        var written = new ExplainedFinding[findings.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = findings[i];
            context.Cite(finding.SourceIds.AsSpan());
            if (!context.Culture.TryGetWritten(finding, out var words))
            {
                words = Write(context, finding);
                context.Culture.KeepWritten(finding, words);
            }

            context.AddTerms(words.Terms);
            written[i] = words.Explained;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(written);
    }

    public static string TherapyName(ExplainContext context, string therapyId) =>
        context.Texts[TherapyNameKeys.TryGetValue(therapyId, out var key) ? key : NameKey(therapyId)];

    private static WrittenFinding Write(ExplainContext context, Finding finding)
    {
        var glossary = context.Culture.Glossary;
        var reasons = new string[finding.Checks.Length + finding.CaveatCodes.Length];
        var count = 0;
        foreach (var check in finding.Checks)
        {
            reasons[count++] = Reason(context, check);
        }

        foreach (var caveat in finding.CaveatCodes)
        {
            reasons[count++] = context.Texts[CaveatKeys.TryGetValue(caveat, out var key) ? key : CaveatKey(caveat)];
        }

        var name = TherapyName(context, finding.TherapyId);
        var evidence = EvidenceText(context, finding);
        var terms = glossary.Find(reasons) | glossary.Find(name) | glossary.Find(evidence);
        var explained = new ExplainedFinding(
            finding.TherapyId,
            finding.Status,
            name,
            context.Texts[EnumKey(StatusKeys, (int)finding.Status, "Status", finding.Status)],
            ImmutableCollectionsMarshal.AsImmutableArray(reasons),
            evidence,
            finding.SourceIds,
            finding.Bucket,
            context.Texts[EnumKey(BucketKeys, (int)finding.Bucket, "Bucket", finding.Bucket)],
            finding.Level,
            finding);
        return new WrittenFinding(explained, terms);
    }

    private static string NameKey(string therapyId) => $"Therapy.{therapyId}.Name";

    private static string CaveatKey(string caveat) => $"Caveat.{caveat}";

    private static string EnumKey<T>(string[] keys, int index, string prefix, T value)
        where T : struct, Enum =>
        (uint)index < (uint)keys.Length ? keys[index] : $"{prefix}.{value}";

    // Per outcome: the plain key, then the keys of the texts written for 1, 2 and 3 arguments.
    private static IEnumerable<string> ReasonKeysOf(string code, ConditionOutcome outcome)
    {
        var key = $"Reason.{code}.{outcome}";
        yield return key;
        for (var count = 1; count <= ArgumentNames.Length; count++)
        {
            yield return $"{key}.{count.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    private static string Reason(ExplainContext context, ConditionCheck check)
    {
        // A text written for this many arguments (Reason.code.Outcome.2) may name them; the plain text never does.
        var count = Math.Min(check.Arguments.Length, ArgumentNames.Length);
        string key, specific;
        var slot = (int)check.Outcome * (ArgumentNames.Length + 1);
        if (ReasonKeys.TryGetValue(check.Code, out var keys) && (uint)(slot + ArgumentNames.Length) < (uint)keys.Length)
        {
            key = keys[slot];
            specific = keys[slot + count];
        }
        else
        {
            key = $"Reason.{check.Code}.{check.Outcome}";
            specific = $"{key}.{count.ToString(CultureInfo.InvariantCulture)}";
        }

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
