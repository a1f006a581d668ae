namespace OncoExplain.Eligibility.Conditions;

/// <summary>MSI, MMR, TMB and POLE conditions.</summary>
internal static class ImmuneChecks
{
    public static Evaluation MsiHighOrDmmr(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        string[] results = [.. MsiMmrArguments(biomarkers)];
        return biomarkers.MsiHighOrMmrDeficient switch
        {
            TestResult.Positive => Evaluation.Met(results),
            TestResult.Negative => Evaluation.NotMet(results),
            _ => Evaluation.Unknown(),
        };
    }

    public static Evaluation MmrDeficient(TumourProfile profile) => profile.Biomarkers.Mmr switch
    {
        MmrStatus.Deficient => Evaluation.Met(WireNames.Of(MmrStatus.Deficient)),
        MmrStatus.Proficient => Evaluation.NotMet(WireNames.Of(MmrStatus.Proficient)),
        _ => Evaluation.Unknown(),
    };

    public static Evaluation MsiMmrDiscordant(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        if (biomarkers.Msi is null || biomarkers.Mmr is null)
        {
            return Evaluation.Unknown();
        }

        return Evaluation.Of(biomarkers.MsiMmrDiscordant, [.. MsiMmrArguments(biomarkers)]);
    }

    public static Evaluation TmbHigh(TumourProfile profile) => profile.Biomarkers.Tmb switch
    {
        { } tmb => Evaluation.Of(tmb >= Biomarkers.TmbHighThreshold, WireNames.Number(tmb)),
        null => Evaluation.Unknown(),
    };

    public static Evaluation PoleVariant(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        var variants = biomarkers.VariantsIn("POLE").ToList();
        if (variants.Count > 0)
        {
            return Evaluation.Met([.. variants.SelectMany(v => new[] { v.Gene, WireNames.Variant(v) })]);
        }

        return biomarkers.Gene("POLE") == TestResult.Negative ? Evaluation.NotMet() : Evaluation.Unknown();
    }

    private static IEnumerable<string> MsiMmrArguments(Biomarkers biomarkers)
    {
        if (biomarkers.Msi is { } msi)
        {
            yield return WireNames.Of(msi);
        }

        if (biomarkers.Mmr is { } mmr)
        {
            yield return WireNames.Of(mmr);
        }
    }
}
