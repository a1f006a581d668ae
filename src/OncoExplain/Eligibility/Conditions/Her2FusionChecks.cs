namespace OncoExplain.Eligibility.Conditions;

/// <summary>HER2 and gene-fusion conditions.</summary>
internal static class Her2FusionChecks
{
    private static readonly string[] NtrkGenes = ["NTRK1", "NTRK2", "NTRK3"];
    private static readonly string[] Ret = ["RET"];
    private static readonly string[] Nrg1 = ["NRG1"];

    public static Evaluation Her2Positive(TumourProfile profile)
    {
        if (profile.Biomarkers.Her2 is not { } her2)
        {
            return Evaluation.Unknown();
        }

        return profile.Biomarkers.Her2Positive switch
        {
            TestResult.Positive => Evaluation.Met(WireNames.Of(her2)),
            TestResult.Negative => Evaluation.NotMet(WireNames.Of(her2)),
            _ => new Evaluation(ConditionOutcome.Unknown, [WireNames.Of(her2)], TestIds.Her2Ish),
        };
    }

    public static Evaluation Her2Ihc3Plus(TumourProfile profile) => profile.Biomarkers.Her2 switch
    {
        null => Evaluation.Unknown(),
        Her2Status.Ihc3Plus => Evaluation.Met(WireNames.Of(Her2Status.Ihc3Plus)),
        Her2Status.Amplified or Her2Status.NotAmplified => Evaluation.Unknown(WireNames.Of(profile.Biomarkers.Her2.Value)),
        { } other => Evaluation.NotMet(WireNames.Of(other)),
    };

    public static Evaluation NtrkFusion(TumourProfile profile) => Fusion(profile, NtrkGenes);

    public static Evaluation RetFusion(TumourProfile profile) => Fusion(profile, Ret);

    public static Evaluation Nrg1Fusion(TumourProfile profile) => Fusion(profile, Nrg1);

    private static Evaluation Fusion(TumourProfile profile, string[] drivers)
    {
        var biomarkers = profile.Biomarkers;
        foreach (var fusion in biomarkers.Fusions)
        {
            foreach (var driver in drivers)
            {
                if (fusion.Involves(driver))
                {
                    return Evaluation.Met(WireNames.Of(fusion));
                }
            }
        }

        var open = default(ArgumentList);
        foreach (var driver in drivers)
        {
            if (biomarkers.Fusion(driver) != TestResult.Negative)
            {
                open.Add(driver);
            }
        }

        return open.Count == 0 ? Evaluation.NotMet() : Evaluation.Unknown(open.Items);
    }
}
