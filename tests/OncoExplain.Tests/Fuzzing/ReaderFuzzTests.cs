using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Fuzzing;

/// <summary>
/// Fuzzing the JSON reader and the explainer behind it: raw strings and bytes, and mutated valid profiles. The invariants:
/// no exception; invalid input gives documented errors and no profile; valid input gives a profile that writes and reads
/// back to itself and an explanation (with its disclaimer and knowledge version) in every shipped culture.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly IExplainer Explainer = OncoExplainer.Create(new OncoExplainOptions { ThrowOnMissingText = true });

    [Fact]
    public void Mutated_profiles_give_errors_or_a_profile_that_explains_in_every_culture()
    {
        var valid = 0;
        FuzzBudget.Check(JsonMutations.Arbitrary(), 4000, bytes =>
        {
            var result = ProfileJson.Read(bytes);
            if (result.IsValid)
            {
                valid++;
            }

            return Holds(result, explainIn: SupportedCultures.Names[bytes.Length % SupportedCultures.Names.Count]);
        }, output, "mutated profile JSON");
        output.WriteLine($"of which valid: {valid}");
    }

    [Fact]
    public void Arbitrary_strings_never_crash_the_reader()
    {
        var strings = ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty);
        var json = Gen.OneOf(strings, strings.Select(s => "{\"cancer\":\"colorectal\",\"id\":" + s + "}"), strings.Select(s => "{" + s));
        FuzzBudget.Check(json.ToArbitrary(), 3000, text => Holds(ProfileJson.Read(text), explainIn: null), output, "arbitrary strings");
    }

    [Fact]
    public void Arbitrary_bytes_never_crash_the_reader()
    {
        var bytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(b => (byte[])[.. "{\"cancer\":"u8, .. b]);
        FuzzBudget.Check(bytes.ToArbitrary(), 2000, data => Holds(ProfileJson.Read(data), explainIn: null), output, "arbitrary bytes");
    }

    [Fact]
    public void Valid_profiles_explain_in_every_culture_and_format()
    {
        FuzzBudget.Check(ProfileGenerators.Profiles(), 50, profile =>
        {
            var read = ProfileJson.Read(ProfileJson.Write(profile));
            return read.IsValid && read.Profile == profile
                && SupportedCultures.Names.All(culture => Explains(profile, culture, allFormats: true));
        }, output, "valid profiles × every culture and format");
    }

    private static bool Holds(ProfileReadResult result, string? explainIn)
    {
        if (!result.IsValid)
        {
            return result.Profile is null && result.Errors.Count > 0
                && result.Errors.All(e => Safety.ErrorCodes.All.Contains(e.Code) && e.Path.StartsWith('$') && e.Message.Length > 0);
        }

        var profile = result.Profile;
        return result.Errors.Count == 0
            && result.Warnings.All(w => Safety.ErrorCodes.Warnings.Contains(w.Code))
            && ProfileJson.Read(ProfileJson.Write(profile)).Profile == profile
            && (explainIn is null || Explains(profile, explainIn, allFormats: false));
    }

    private static bool Explains(TumourProfile profile, string culture, bool allFormats)
    {
        var explanation = Explainer.Explain(profile, new ExplanationOptions { Culture = culture });
        var formats = allFormats ? Enum.GetValues<ExplanationFormat>() : [ExplanationFormat.Json];
        return explanation.Culture == culture
            && explanation.Findings.Length > 0
            && formats.All(format =>
            {
                var text = ExplanationRenderer.Render(explanation, format);
                return text.Contains(explanation.KnowledgeVersion, StringComparison.Ordinal) && text.Length > 1000;
            });
    }
}
