namespace OncoExplain.Serialization;

/// <summary>An issue found while reading, located by its byte offset in the UTF-8 input (-1 when unknown).</summary>
internal readonly record struct PendingIssue(string Code, string Path, string Message, int Offset);

/// <summary>Collects errors and warnings, then locates them (line and column) in one pass over the input.</summary>
internal sealed class IssueSink
{
    private readonly List<PendingIssue> errors = [];
    private readonly List<PendingIssue> warnings = [];

    public bool HasErrors => errors.Count > 0;

    public void Error(string code, string path, string message, int offset = -1) => errors.Add(new(code, path, message, offset));

    public void Warning(string code, string path, string message, int offset = -1) => warnings.Add(new(code, path, message, offset));

    public ProfileReadResult ToResult(TumourProfile? profile, ReadOnlySpan<byte> utf8) =>
        new(profile, Locate(errors, utf8), Locate(warnings, utf8));

    private static ProfileIssue[] Locate(List<PendingIssue> pending, ReadOnlySpan<byte> utf8)
    {
        if (pending.Count == 0)
        {
            return [];
        }

        // Document order; issues without a position keep their order, after the located ones.
        var ordered = pending.Select((issue, order) => (issue, order))
            .OrderBy(p => p.issue.Offset < 0 ? int.MaxValue : p.issue.Offset)
            .ThenBy(p => p.order)
            .Select(p => p.issue)
            .ToArray();
        var issues = new ProfileIssue[ordered.Length];
        var cursor = new TextCursor();
        for (var i = 0; i < ordered.Length; i++)
        {
            var issue = ordered[i];
            if (issue.Offset < 0 || issue.Offset > utf8.Length)
            {
                issues[i] = new ProfileIssue(issue.Code, issue.Path, issue.Message);
                continue;
            }

            var (line, column) = cursor.MoveTo(utf8, issue.Offset);
            issues[i] = new ProfileIssue(issue.Code, issue.Path, issue.Message, line, column);
        }

        return issues;
    }
}
