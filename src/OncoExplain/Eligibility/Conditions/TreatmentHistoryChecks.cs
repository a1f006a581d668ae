namespace OncoExplain.Eligibility.Conditions;

/// <summary>Treatment-history conditions. An empty history is read as "no treatment for metastatic disease yet".</summary>
internal static class TreatmentHistoryChecks
{
    private const int PlatinumWeeks = 16;

    public static Evaluation NoPriorMetastaticTherapy(TumourProfile profile) =>
        profile.Treatments.IsEmpty ? Evaluation.Met() : Evaluation.NotMet([.. profile.Treatments.Select(t => t.Regimen.Id)]);

    public static Evaluation PriorSystemicTherapy(TumourProfile profile) =>
        Evaluation.Of(!profile.Treatments.IsEmpty, WireNames.Number(profile.Treatments.Length));

    public static Evaluation PriorFluoropyrimidineOxaliplatinIrinotecan(TumourProfile profile) =>
        Missing(profile, (DrugClasses.Fluoropyrimidine, "fluoropyrimidine"), (DrugClasses.Oxaliplatin, "oxaliplatin"), (DrugClasses.Irinotecan, "irinotecan"));

    public static Evaluation PriorGemcitabineBasedTherapy(TumourProfile profile) =>
        Missing(profile, (DrugClasses.Gemcitabine, "gemcitabine"));

    public static Evaluation PriorAntiVegf(TumourProfile profile) =>
        Missing(profile, (DrugClasses.AntiVegf, "anti-vegf"));

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

    public static Evaluation NoProgressionOnPriorAntiEgfr(TumourProfile profile) => AntiEgfrProgression(profile) switch
    {
        { Outcome: ConditionOutcome.Met } progressed => Evaluation.NotMet([.. progressed.Arguments]),
        { Outcome: ConditionOutcome.Unknown } unknown => unknown,
        _ => Evaluation.Met(),
    };

    public static Evaluation ProgressionOnPriorAntiEgfr(TumourProfile profile) => AntiEgfrProgression(profile);

    // Met: a course with an anti-EGFR antibody ended in progression; unknown: one was given and its outcome is not recorded.
    private static Evaluation AntiEgfrProgression(TumourProfile profile)
    {
        List<string>? progressed = null;
        var outcomeUnknown = false;
        foreach (var course in profile.Treatments)
        {
            if (!course.Regimen.Contains(DrugClasses.AntiEgfr))
            {
                continue;
            }

            if (course.Outcome == TreatmentOutcome.Progression)
            {
                (progressed ??= []).Add(course.Regimen.Id);
            }

            outcomeUnknown |= course.Outcome is null;
        }

        if (progressed is not null)
        {
            return Evaluation.Met([.. progressed]);
        }

        return outcomeUnknown ? Evaluation.Unknown() : Evaluation.NotMet();
    }

    public static Evaluation PriorTrkInhibitor(TumourProfile profile) => Courses(profile, DrugClasses.TrkInhibitor);

    public static Evaluation FirstLinePlatinum(TumourProfile profile)
    {
        var firstLine = FirstLineCourses(profile);
        if (firstLine.Count == 0)
        {
            return Evaluation.Unknown();
        }

        var platinum = firstLine.FirstOrDefault(c => c.Regimen.Contains(DrugClasses.Platinum));
        return platinum is not null ? Evaluation.Met(platinum.Regimen.Id) : Evaluation.NotMet(firstLine[0].Regimen.Id);
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

    /// <summary>The first-line courses: those numbered line 1, or the first course when no course has a line number.</summary>
    internal static List<TreatmentCourse> FirstLineCourses(TumourProfile profile)
    {
        if (profile.Treatments.IsEmpty)
        {
            return [];
        }

        if (profile.Treatments.All(t => t.Line is null))
        {
            return [profile.Treatments[0]];
        }

        return [.. profile.Treatments.Where(t => t.Line == 1)];
    }

    // The first first-line course with a platinum drug (see FirstLineCourses), without building the list.
    private static TreatmentCourse? FirstLinePlatinumCourse(TumourProfile profile)
    {
        var treatments = profile.Treatments;
        var numbered = false;
        foreach (var course in treatments)
        {
            numbered |= course.Line is not null;
        }

        if (!numbered)
        {
            return !treatments.IsEmpty && treatments[0].Regimen.Contains(DrugClasses.Platinum) ? treatments[0] : null;
        }

        foreach (var course in treatments)
        {
            if (course.Line == 1 && course.Regimen.Contains(DrugClasses.Platinum))
            {
                return course;
            }
        }

        return null;
    }

    private static Evaluation Courses(TumourProfile profile, DrugClasses classes)
    {
        List<string>? courses = null;
        foreach (var course in profile.Treatments)
        {
            if (course.Regimen.Contains(classes))
            {
                (courses ??= []).Add(course.Regimen.Id);
            }
        }

        return courses is null ? Evaluation.NotMet() : Evaluation.Met([.. courses]);
    }

    private static Evaluation Missing(TumourProfile profile, params (DrugClasses Class, string Name)[] required)
    {
        var prior = profile.PriorDrugClasses;
        List<string>? missing = null;
        foreach (var (drugClass, name) in required)
        {
            if ((prior & drugClass) == 0)
            {
                (missing ??= []).Add(name);
            }
        }

        return missing is null ? Evaluation.Met() : Evaluation.NotMet([.. missing]);
    }
}
