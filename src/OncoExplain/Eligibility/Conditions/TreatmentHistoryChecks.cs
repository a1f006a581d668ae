namespace OncoExplain.Eligibility.Conditions;

/// <summary>Treatment-history conditions. An empty history is read as "no treatment for metastatic disease yet".</summary>
internal static class TreatmentHistoryChecks
{
    private const int PlatinumWeeks = 16;

    private static readonly (DrugClasses Class, string Name)[] FluoropyrimidineOxaliplatinIrinotecan =
        [(DrugClasses.Fluoropyrimidine, "fluoropyrimidine"), (DrugClasses.Oxaliplatin, "oxaliplatin"), (DrugClasses.Irinotecan, "irinotecan")];

    private static readonly (DrugClasses Class, string Name)[] Gemcitabine = [(DrugClasses.Gemcitabine, "gemcitabine")];
    private static readonly (DrugClasses Class, string Name)[] AntiVegf = [(DrugClasses.AntiVegf, "anti-vegf")];

    public static Evaluation NoPriorMetastaticTherapy(TumourProfile profile)
    {
        if (profile.Treatments.IsEmpty)
        {
            return Evaluation.Met();
        }

        var regimens = default(ArgumentList);
        foreach (var course in profile.Treatments)
        {
            regimens.Add(course.Regimen.Id);
        }

        return Evaluation.NotMet(regimens.Items);
    }

    public static Evaluation PriorSystemicTherapy(TumourProfile profile) =>
        Evaluation.Of(!profile.Treatments.IsEmpty, WireNames.Number(profile.Treatments.Length));

    public static Evaluation PriorFluoropyrimidineOxaliplatinIrinotecan(TumourProfile profile) =>
        Missing(profile, FluoropyrimidineOxaliplatinIrinotecan);

    public static Evaluation PriorGemcitabineBasedTherapy(TumourProfile profile) =>
        Missing(profile, Gemcitabine);

    public static Evaluation PriorAntiVegf(TumourProfile profile) =>
        Missing(profile, AntiVegf);

    public static Evaluation PriorAntiEgfrIfRasWildType(TumourProfile profile)
    {
        if ((profile.PriorDrugClasses & DrugClasses.AntiEgfr) != 0)
        {
            return Evaluation.Met();
        }

        if (RasBrafChecks.RasMutant(profile).Outcome == ConditionOutcome.Met)
        {
            return Evaluation.Met();
        }

        return RasBrafChecks.RasWildType(profile).Outcome == ConditionOutcome.Met ? Evaluation.NotMet("anti-egfr") : Evaluation.Unknown("anti-egfr");
    }

    public static Evaluation PriorAntiEgfr(TumourProfile profile) => Courses(profile, DrugClasses.AntiEgfr);

    public static Evaluation NoProgressionOnPriorAntiEgfr(TumourProfile profile)
    {
        var progression = AntiEgfrProgression(profile);
        return progression.Outcome switch
        {
            ConditionOutcome.Met => Evaluation.NotMet(progression.Arguments),
            ConditionOutcome.Unknown => progression,
            _ => Evaluation.Met(),
        };
    }

    public static Evaluation ProgressionOnPriorAntiEgfr(TumourProfile profile) => AntiEgfrProgression(profile);

    // Met: a course with an anti-EGFR antibody ended in progression; unknown: one was given and its outcome is not recorded.
    private static Evaluation AntiEgfrProgression(TumourProfile profile)
    {
        var progressed = default(ArgumentList);
        var outcomeUnknown = false;
        foreach (var course in profile.Treatments)
        {
            if (!course.Regimen.Contains(DrugClasses.AntiEgfr))
            {
                continue;
            }

            if (course.Outcome == TreatmentOutcome.Progression)
            {
                progressed.Add(course.Regimen.Id);
            }

            outcomeUnknown |= course.Outcome is null;
        }

        if (progressed.Count > 0)
        {
            return Evaluation.Met(progressed.Items);
        }

        return outcomeUnknown ? Evaluation.Unknown() : Evaluation.NotMet();
    }

    public static Evaluation PriorTrkInhibitor(TumourProfile profile) => Courses(profile, DrugClasses.TrkInhibitor);

    public static Evaluation FirstLinePlatinum(TumourProfile profile)
    {
        if (profile.Treatments.IsEmpty)
        {
            return Evaluation.Unknown();
        }

        if (FirstLinePlatinumCourse(profile) is { } platinum)
        {
            return Evaluation.Met(platinum.Regimen.Id);
        }

        return FirstFirstLineCourse(profile) is { } first ? Evaluation.NotMet(first.Regimen.Id) : Evaluation.Unknown();
    }

    public static Evaluation NoProgressionOnFirstLinePlatinum(TumourProfile profile)
    {
        if (FirstLinePlatinumCourse(profile) is not { } course)
        {
            return Evaluation.Unknown();
        }

        return course.Outcome switch
        {
            null => Evaluation.Unknown(course.Regimen.Id),
            TreatmentOutcome.Progression => Evaluation.NotMet(course.Regimen.Id, WireNames.Of(TreatmentOutcome.Progression)),
            { } outcome => Evaluation.Met(course.Regimen.Id, WireNames.Of(outcome)),
        };
    }

    public static Evaluation Platinum16WeeksWithoutProgression(TumourProfile profile)
    {
        var threshold = WireNames.Number(PlatinumWeeks);
        if (FirstLinePlatinumCourse(profile) is not { } course)
        {
            return Evaluation.Unknown(threshold);
        }

        var weeks = course.Weeks is { } w ? WireNames.Number(w) : "?";
        if (course.Outcome == TreatmentOutcome.Progression)
        {
            return Evaluation.NotMet(weeks, threshold);
        }

        if (course.Weeks is null || course.Outcome is null)
        {
            return Evaluation.Unknown(weeks, threshold);
        }

        return Evaluation.Of(course.Weeks >= PlatinumWeeks, weeks, threshold);
    }

    // The first-line courses are those numbered line 1, or the first course when no course has a line number.
    private static TreatmentCourse? FirstFirstLineCourse(TumourProfile profile) => FirstLineCourse(profile, DrugClasses.None);

    // The first first-line course with a platinum drug.
    private static TreatmentCourse? FirstLinePlatinumCourse(TumourProfile profile) => FirstLineCourse(profile, DrugClasses.Platinum);

    // The first first-line course containing one of the classes (any course for None).
    private static TreatmentCourse? FirstLineCourse(TumourProfile profile, DrugClasses classes)
    {
        var treatments = profile.Treatments;
        var numbered = false;
        foreach (var course in treatments)
        {
            numbered |= course.Line is not null;
        }

        if (!numbered)
        {
            return !treatments.IsEmpty && Has(treatments[0], classes) ? treatments[0] : null;
        }

        foreach (var course in treatments)
        {
            if (course.Line == 1 && Has(course, classes))
            {
                return course;
            }
        }

        return null;
    }

    private static bool Has(TreatmentCourse course, DrugClasses classes) => classes == DrugClasses.None || course.Regimen.Contains(classes);

    private static Evaluation Courses(TumourProfile profile, DrugClasses classes)
    {
        var courses = default(ArgumentList);
        foreach (var course in profile.Treatments)
        {
            if (course.Regimen.Contains(classes))
            {
                courses.Add(course.Regimen.Id);
            }
        }

        return courses.Count == 0 ? Evaluation.NotMet() : Evaluation.Met(courses.Items);
    }

    private static Evaluation Missing(TumourProfile profile, (DrugClasses Class, string Name)[] required)
    {
        var prior = profile.PriorDrugClasses;
        var missing = default(ArgumentList);
        foreach (var (drugClass, name) in required)
        {
            if ((prior & drugClass) == 0)
            {
                missing.Add(name);
            }
        }

        return missing.Count == 0 ? Evaluation.Met() : Evaluation.NotMet(missing.Items);
    }
}
