namespace OncoExplain.Eligibility.Conditions;

/// <summary>MSI, MMR, TMB and POLE conditions.</summary>
internal static class ImmuneChecks
{
    public static Evaluation MsiHighOrDmmr(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        var results = MsiMmrArguments(biomarkers);
        return biomarkers.MsiHighOrMmrDeficient switch
        {
            TestResult.Positive => Evaluation.Met(results.Items),
            TestResult.Negative => Evaluation.NotMet(results.Items),
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

        var results = MsiMmrArguments(biomarkers);
        return Evaluation.Of(biomarkers.MsiMmrDiscordant, results.Items);
    }

    public static Evaluation TmbHigh(TumourProfile profile) => profile.Biomarkers.Tmb switch
    {
        { } tmb => Evaluation.Of(tmb >= Biomarkers.TmbHighThreshold, WireNames.Number(tmb)),
        null => Evaluation.Unknown(),
    };

    public static Evaluation PoleVariant(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        var variants = default(ArgumentList);
        foreach (var variant in biomarkers.Variants)
        {
            if (variant.Gene == "POLE")
            {
                variants.Add(variant.Gene);
                variants.Add(WireNames.Variant(variant));
            }
        }

        if (variants.Count > 0)
        {
            return Evaluation.Met(variants.Items);
        }

        return biomarkers.Gene("POLE") == TestResult.Negative ? Evaluation.NotMet() : Evaluation.Unknown();
    }

    private static ArgumentList MsiMmrArguments(Biomarkers biomarkers)
    {
        var results = default(ArgumentList);
        if (biomarkers.Msi is { } msi)
        {
            results.Add(WireNames.Of(msi));
        }

        if (biomarkers.Mmr is { } mmr)
        {
            results.Add(WireNames.Of(mmr));
        }

        return results;
    }
}
