using System.Globalization;

namespace OncoExplain.Cohorts;

/// <summary>A row (or a value in it) the importer could not use, and why. Nothing is dropped without one.</summary>
/// <param name="File">The table's name (<see cref="TableSource.Name"/>).</param>
/// <param name="Line">The 1-based line in that table.</param>
/// <param name="Code">Why, one of <see cref="ImportIssueCodes"/>.</param>
/// <param name="Message">Details for researchers (the value, the column, the parser's message).</param>
public sealed record ImportIssue(string File, int Line, string Code, string Message)
{
    /// <summary>The issue as <c>file:line: code: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Code}: {Message}");
}
