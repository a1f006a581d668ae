using System.Globalization;

namespace OncoExplain;

/// <summary>One problem found while reading a profile: an error that makes it invalid, or a warning about a combination that is possible but suspicious.</summary>
/// <param name="Code">A stable kebab-case code from <see cref="ProfileIssueCodes"/>, for programs to act on.</param>
/// <param name="Path">The JSON path of the value concerned, for example <c>$.biomarkers.variants[1].change</c>.</param>
/// <param name="Message">An English explanation for developers and researchers (not for caregivers).</param>
/// <param name="Line">The 1-based line of the value in the input, or <see langword="null"/> when not known.</param>
/// <param name="Column">The 1-based column (in UTF-16 code units, as editors count) of the value, or <see langword="null"/>.</param>
public sealed record ProfileIssue(string Code, string Path, string Message, int? Line = null, int? Column = null)
{
    /// <summary>The issue as one line: <c>$.biomarkers.msi: message (line 7, column 12)</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        Line is { } line && Column is { } column
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}: {Message} (line {line}, column {column})")
            : $"{Path}: {Message}";
}
