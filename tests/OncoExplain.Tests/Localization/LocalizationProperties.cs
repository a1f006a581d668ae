using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Localization;

public sealed class LocalizationProperties
{
    private static readonly IExplainer Strict = OncoExplainer.Create(new OncoExplainOptions { ThrowOnMissingText = true });

    public static Arbitrary<(TumourProfile Profile, string Culture)> ProfilesInCultures() =>
        (from profile in ProfileGenerators.Profile()
         from culture in Gen.Elements(SupportedCultures.Names.Concat(["fr-CA", "pt-PT", "de-AT", "es-MX", "ja-JP"]).ToArray())
         select (profile, culture)).ToArbitrary();

    [Property(Arbitrary = [typeof(LocalizationProperties)], MaxTest = 300)]
    public void Any_profile_in_any_culture_has_no_missing_text_and_no_unfilled_placeholder((TumourProfile Profile, string Culture) input)
    {
        var explanation = Strict.Explain(input.Profile, new ExplanationOptions { Culture = input.Culture });

        Assert.Equal(SupportedCultures.Resolve(input.Culture), explanation.Culture);
        foreach (var text in ExplanationTexts.Of(explanation))
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.DoesNotContain('{', text);
            Assert.DoesNotContain('}', text);
        }
    }
}
