using FsCheck.Xunit;

namespace OncoExplain.Tests.Variants;

/// <summary>Properties of the parser and the two normal forms, over generated valid changes and hostile text.</summary>
[Properties(Arbitrary = [typeof(ProteinChangeGenerators)], MaxTest = 1000, QuietOnSuccess = true)]
public sealed class ProteinChangeProperties
{
    [Property]
    public bool TryParse_never_throws_on_arbitrary_strings_and_reports_an_error_or_a_change(string? text) =>
        ProteinChange.TryParse(text, out var change, out var error) ? change.ToString().Length > 0 : error.Length > 0;

    [Property]
    public bool TryParse_never_throws_on_near_valid_text_and_anything_it_accepts_normalizes_idempotently(NearValidText text) =>
        IsNormalizationIdempotent(text.Value);

    [Property]
    public bool TryParse_never_throws_on_unicode_text_and_anything_it_accepts_normalizes_idempotently(UnicodeText text) =>
        IsNormalizationIdempotent(text.Value);

    [Property(MaxTest = 200)]
    public bool Text_longer_than_MaxLength_is_rejected_for_its_length(LongText text)
    {
        var accepted = ProteinChange.TryParse(text.Value, out _, out var error);
        return text.Value.Length <= ProteinChange.MaxLength
            ? accepted || error is not null
            : !accepted && error!.Contains($"at most {ProteinChange.MaxLength} characters", StringComparison.Ordinal);
    }

    [Property]
    public bool Three_letter_form_parses_back_to_the_same_change(ProteinChange change) =>
        ProteinChange.Parse(change.ToString()) == change;

    [Property]
    public bool One_letter_form_parses_back_to_the_same_change(ProteinChange change) =>
        ProteinChange.Parse(change.ToShortString()) == change;

    [Property]
    public bool Normal_forms_are_fixed_points(ProteinChange change) =>
        IsNormalizationIdempotent(change.ToString()) && IsNormalizationIdempotent(change.ToShortString());

    [Property]
    public bool The_three_letter_form_never_uses_one_letter_codes_and_vice_versa(ProteinChange change)
    {
        var threeLetter = change.ToString();
        var oneLetter = change.ToShortString();
        return !threeLetter.Contains('*', StringComparison.Ordinal) && !oneLetter.Contains("Ter", StringComparison.Ordinal);
    }

    /// <summary>Parses; when accepted, both normal forms parse to the same change and print themselves again.</summary>
    private static bool IsNormalizationIdempotent(string text)
    {
        if (!ProteinChange.TryParse(text, out var change, out var error))
        {
            return error.Length > 0;
        }

        var normalized = ProteinChange.Parse(change.ToString());
        var shortened = ProteinChange.Parse(change.ToShortString());
        return normalized == change && shortened == change
            && normalized.ToString() == change.ToString() && shortened.ToShortString() == change.ToShortString();
    }
}
