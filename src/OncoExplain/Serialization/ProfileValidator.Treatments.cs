namespace OncoExplain.Serialization;

/// <summary>Checks the treatment history: known regimens, line and weeks in range, outcome.</summary>
internal sealed partial class ProfileValidator
{
    private List<TreatmentCourse>? Treatments(RawArray<RawTreatment>? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var courses = new List<TreatmentCourse>(raw.Items.Count);
        for (var i = 0; i < raw.Items.Count; i++)
        {
            if (Treatment(raw.Items[i], i) is { } course)
            {
                courses.Add(course);
            }
        }

        return courses;
    }

    private TreatmentCourse? Treatment(RawTreatment raw, int index)
    {
        if (!raw.Valid)
        {
            return null;
        }

        Regimen? regimen = null;
        if (raw.Regimen is null)
        {
            sink.Error(ProfileIssueCodes.Required, JsonPaths.Item(JsonPaths.Root, "treatments", index, "regimen"), ProfileMessages.RegimenRequired(), raw.Offset);
        }
        else if (raw.Regimen is { Valid: true } text && !OncoExplain.Regimen.TryParse(text.Value, out regimen, out var error))
        {
            sink.Error(ProfileIssueCodes.UnknownRegimen, JsonPaths.Item(JsonPaths.Root, "treatments", index, "regimen"), error, text.Offset);
        }

        var line = WholeNumber(raw.Line, LazyPath.Item(JsonPaths.Root, "treatments", index, "line"), "The line of therapy", 1, TreatmentCourse.MaxLine);
        var weeks = WholeNumber(raw.Weeks, LazyPath.Item(JsonPaths.Root, "treatments", index, "weeks"), "The number of weeks", 0, TreatmentCourse.MaxWeeks);
        var outcome = Enum(raw.Outcome, LazyPath.Item(JsonPaths.Root, "treatments", index, "outcome"), WireEnums.Outcome);
        return regimen is null ? null : new TreatmentCourse(regimen, line, weeks, outcome);
    }
}
