namespace OncoExplain.Eligibility.Conditions;

/// <summary>Cancer-type, fitness and anatomy conditions.</summary>
internal static class ClinicalChecks
{
    public static Evaluation NotColorectalCancer(TumourProfile profile) =>
        profile.Cancer == CancerType.Colorectal ? Evaluation.NotMet("colorectal") : Evaluation.Met();

    public static Evaluation PancreaticCancer(TumourProfile profile) => Evaluation.Of(profile.Cancer == CancerType.Pancreatic);

    public static Evaluation Ecog01(TumourProfile profile) => Ecog(profile, 1);

    public static Evaluation Ecog02(TumourProfile profile) => Ecog(profile, 2);

    public static Evaluation Age75OrYounger(TumourProfile profile) => profile.Age switch
    {
        { } age => Evaluation.Of(age <= 75, WireNames.Number(age)),
        null => Evaluation.Unknown(),
    };

    public static Evaluation LeftSidedPrimary(TumourProfile profile) => profile.Sidedness switch
    {
        Sidedness.Left => Evaluation.Met(WireNames.Of(Sidedness.Left)),
        Sidedness.Right => Evaluation.NotMet(WireNames.Of(Sidedness.Right)),
        _ => Evaluation.Unknown(),
    };

    public static Evaluation LiverOnlyMetastases(TumourProfile profile)
    {
        if (profile.LiverOnlyMetastases is not { } liverOnly)
        {
            return Evaluation.Unknown();
        }

        var others = SitesBesidesLiver(profile);
        return liverOnly ? Evaluation.Met() : Evaluation.NotMet(others.Items);
    }

    public static Evaluation LiverMetastasesResectable(TumourProfile profile) => profile.LiverMetastasesResectable switch
    {
        true => Evaluation.Met(),
        false => Evaluation.NotMet(),
        null => Evaluation.Unknown(),
    };

    private static ArgumentList SitesBesidesLiver(TumourProfile profile)
    {
        var sites = default(ArgumentList);
        foreach (var site in profile.MetastaticSites)
        {
            if (site != MetastaticSite.Liver)
            {
                sites.Add(WireNames.Of(site));
            }
        }

        return sites;
    }

    private static Evaluation Ecog(TumourProfile profile, int maximum) => profile.Ecog switch
    {
        { } ecog => Evaluation.Of(ecog <= maximum, WireNames.Number(ecog)),
        null => Evaluation.Unknown(),
    };
}
