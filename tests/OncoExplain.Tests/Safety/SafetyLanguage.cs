using System.Text.RegularExpressions;

namespace OncoExplain.Tests.Safety;

/// <summary>
/// What clinical-safety checks look for in one language: directive phrasing (telling the reader what to do about
/// treatment), promises of cure, and how survival figures are written. The lists are documented in docs/errors.md
/// ("Clinical safety of the text"); every shipped culture must have one.
/// </summary>
/// <param name="Culture">The culture name.</param>
/// <param name="Directive">Forms that tell the reader what to do (matched as whole words, case ignored).</param>
/// <param name="Cure">Forms that promise a cure or an outcome.</param>
/// <param name="MonthsFigure">A number of months written in figures.</param>
/// <param name="Median">Words that say a figure is a median ("half of the people", "median").</param>
internal sealed record SafetyLanguage(string Culture, string[] Directive, string[] Cure, string MonthsFigure, string[] Median)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The forbidden form found in a text, or <see langword="null"/>.</summary>
    public string? FindForbidden(string text)
    {
        foreach (var form in Directive.Concat(Cure))
        {
            var match = Regex.Match(text, @"(?<!\p{L})" + form + @"(?!\p{L})", Options);
            if (match.Success)
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the text gives a number of months in figures.</summary>
    public bool HasMonthsFigure(string text) => Regex.IsMatch(text, @"\d+(?:[.,]\d+)?\s*(?:" + MonthsFigure + @")(?!\p{L})", Options);

    /// <summary>Whether the text says its figures are medians.</summary>
    public bool SaysMedian(string text) => Median.Any(word => Regex.IsMatch(text, @"(?<!\p{L})" + word, Options));
}
