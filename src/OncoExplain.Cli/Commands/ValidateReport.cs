namespace OncoExplain.Cli.Commands;

/// <summary>The JSON printed by <c>oncoexplain validate --format json</c>.</summary>
internal sealed record ValidateReport(bool Valid, IReadOnlyList<ValidateIssue> Errors, IReadOnlyList<ValidateIssue> Warnings)
{
    public static ValidateReport From(ProfileReadResult result) =>
        new(result.IsValid, [.. result.Errors.Select(ValidateIssue.From)], [.. result.Warnings.Select(ValidateIssue.From)]);
}

/// <summary>One error or warning in a <see cref="ValidateReport"/>.</summary>
internal sealed record ValidateIssue(string Code, string Path, string Message, int? Line, int? Column)
{
    public static ValidateIssue From(ProfileIssue issue) => new(issue.Code, issue.Path, issue.Message, issue.Line, issue.Column);
}
