namespace OncoExplain.Benchmarks.RulesEngine;

/// <summary>
/// A profile flattened into the facts the RulesEngine expressions read, as an integrator would map it. The mapping is part of
/// the measured time, just as the eligibility engine's own condition checks are.
/// </summary>
public sealed class ProfileFacts
{
    public bool Colorectal { get; init; }

    public bool RasMutant { get; init; }

    public bool RasWildType { get; init; }

    public bool BrafV600e { get; init; }

    public bool BrafV600eAbsent { get; init; }

    public bool LeftSided { get; init; }

    public int PriorCourses { get; init; }

    public bool PriorFluoropyrimidineOxaliplatinIrinotecan { get; init; }

    public bool ProgressionOnAntiEgfr { get; init; }

    public bool MsiHighOrDmmr { get; init; }

    public bool MmrDeficient { get; init; }

    public double Tmb { get; init; }

    public bool GermlineBrca { get; init; }

    public bool FirstLinePlatinum { get; init; }

    public bool ProgressionOnFirstLinePlatinum { get; init; }

    public int FirstLinePlatinumWeeks { get; init; }

    public static ProfileFacts From(TumourProfile profile)
    {
        var biomarkers = profile.Biomarkers;
        var rasMutant = false;
        var brafV600e = false;
        var germlineBrca = false;
        foreach (var variant in biomarkers.Variants)
        {
            rasMutant |= variant.IsPathogenic && variant.Gene is "KRAS" or "NRAS";
            brafV600e |= variant.Gene == "BRAF" && variant.Change.IsSubstitution(AminoAcid.Val, 600, AminoAcid.Glu);
            germlineBrca |= variant.IsPathogenic && variant.Origin == VariantOrigin.Germline && variant.Gene is "BRCA1" or "BRCA2";
        }

        TreatmentCourse? firstLinePlatinum = null;
        var progressionOnAntiEgfr = false;
        foreach (var course in profile.Treatments)
        {
            progressionOnAntiEgfr |= course.Regimen.Contains(DrugClasses.AntiEgfr) && course.Outcome == TreatmentOutcome.Progression;
            if (firstLinePlatinum is null && course.Line is null or 1 && course.Regimen.Contains(DrugClasses.Platinum))
            {
                firstLinePlatinum = course;
            }
        }

        var prior = profile.PriorDrugClasses;
        const DrugClasses ThreeDrugs = DrugClasses.Fluoropyrimidine | DrugClasses.Oxaliplatin | DrugClasses.Irinotecan;
        return new ProfileFacts
        {
            Colorectal = profile.Cancer == CancerType.Colorectal,
            RasMutant = rasMutant,
            RasWildType = biomarkers.Gene("KRAS") == TestResult.Negative && biomarkers.Gene("NRAS") == TestResult.Negative,
            BrafV600e = brafV600e,
            BrafV600eAbsent = !brafV600e && biomarkers.Gene("BRAF") != TestResult.NotTested,
            LeftSided = profile.Sidedness == Sidedness.Left,
            PriorCourses = profile.Treatments.Length,
            PriorFluoropyrimidineOxaliplatinIrinotecan = (prior & ThreeDrugs) == ThreeDrugs,
            ProgressionOnAntiEgfr = progressionOnAntiEgfr,
            MsiHighOrDmmr = biomarkers.MsiHighOrMmrDeficient == TestResult.Positive,
            MmrDeficient = biomarkers.Mmr == MmrStatus.Deficient,
            Tmb = biomarkers.Tmb ?? 0,
            GermlineBrca = germlineBrca,
            FirstLinePlatinum = firstLinePlatinum is not null,
            ProgressionOnFirstLinePlatinum = firstLinePlatinum?.Outcome == TreatmentOutcome.Progression,
            FirstLinePlatinumWeeks = firstLinePlatinum?.Weeks ?? 0,
        };
    }
}
