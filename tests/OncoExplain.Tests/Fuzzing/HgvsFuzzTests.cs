using FsCheck;
using FsCheck.Fluent;
using OncoExplain.Tests.Variants;

namespace OncoExplain.Tests.Fuzzing;

/// <summary>
/// Fuzzing the HGVS parser with raw strings, near-valid text and Unicode: it never throws, always gives a change or an
/// error, and whatever it accepts normalizes to a fixed point in both the three- and one-letter forms.
/// </summary>
public sealed class HgvsFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void The_parser_never_crashes_and_its_normal_forms_are_fixed_points()
    {
        var text = Gen.OneOf(
            ArbMap.Default.ArbFor<string>().Generator,
            ProteinChangeGenerators.NearValidTexts().Generator.Select(t => t.Value),
            ProteinChangeGenerators.UnicodeTexts().Generator.Select(t => t.Value));
        FuzzBudget.Check(text.ToArbitrary(), 3000, Holds, output, "HGVS protein changes");
    }

    private static bool Holds(string? text)
    {
        if (!ProteinChange.TryParse(text, out var change, out var error))
        {
            return !string.IsNullOrWhiteSpace(error);
        }

        var longForm = change.ToString();
        var shortForm = change.ToShortString();
        return ProteinChange.Parse(longForm) == change
            && ProteinChange.Parse(shortForm) == change
            && ProteinChange.Parse(longForm).ToString() == longForm;
    }
}
