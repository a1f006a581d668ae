namespace OncoExplain.Serialization;

/// <summary>
/// The second pass of reading: checks the values of a <see cref="RawProfile"/> (ranges, enumerations, HGVS, fusions,
/// regimens, contradictions), reports every problem with its path, and builds the <see cref="TumourProfile"/> when there
/// are no errors. Values already reported by the first pass (wrong type) are skipped, and values that could not be read
/// take no part in cross-checks, so one mistake is reported once.
/// </summary>
internal sealed partial class ProfileValidator(IssueSink sink)
{
    public TumourProfile? Validate(RawProfile raw)
    {
        var id = Id(raw.Id);
        var cancer = Cancer(raw);
        var stage = Enum(raw.Stage, "$.stage", WireEnums.Stage);
        if (stage is { } s && s != StageGroup.IV)
        {
            sink.Warning(ProfileIssueCodes.NotStageIV, "$.stage", ProfileMessages.NotStageIV(WireEnums.Stage.NameOf(s)), raw.Stage!.Value.Offset);
        }

        var (sites, sitesComplete) = MetastaticSites(raw.MetastaticSites);
        var primarySite = PrimarySite(raw.PrimarySite, cancer);
        var ecog = WholeNumber(raw.Ecog, "$.ecog", "ECOG", 0, 4);
        var age = WholeNumber(raw.Age, "$.age", "Age", 0, 120);
        if (age is < 18)
        {
            sink.Warning(ProfileIssueCodes.AgeUnder18, "$.age", ProfileMessages.AgeUnder18(age.Value), raw.Age!.Value.Offset);
        }

        var resectable = LiverMetastasesResectable(raw.LiverMetastasesResectable, sites, sitesComplete);
        var biomarkers = raw.Biomarkers is null ? null : Biomarkers(raw.Biomarkers);
        var treatments = Treatments(raw.Treatments);

        if (sink.HasErrors)
        {
            return null;
        }

        return new TumourProfile(cancer!.Value, id, stage, sites, primarySite, ecog, age, resectable, biomarkers, treatments);
    }

    private string? Id(Raw<string>? raw)
    {
        if (raw is not { Valid: true } id)
        {
            return null;
        }

        if (id.Value.Length > TumourProfile.MaxIdLength)
        {
            sink.Error(ProfileIssueCodes.OutOfRange, "$.id", ProfileMessages.IdTooLong(id.Value.Length), id.Offset);
        }

        if (TumourProfile.IndexOfControlCharacter(id.Value) is var control and >= 0)
        {
            sink.Error(ProfileIssueCodes.ControlCharacter, "$.id", ProfileMessages.IdControlCharacter(id.Value[control], control), id.Offset);
        }

        return id.Value;
    }

    private CancerType? Cancer(RawProfile raw)
    {
        if (raw.Cancer is null)
        {
            sink.Error(ProfileIssueCodes.Required, "$.cancer", ProfileMessages.CancerRequired(), raw.Offset);
            return null;
        }

        return Enum(raw.Cancer, "$.cancer", WireEnums.Cancer);
    }

    private (List<MetastaticSite>? Sites, bool Complete) MetastaticSites(RawArray<Raw<string>>? raw)
    {
        if (raw is null)
        {
            return (null, true);
        }

        var sites = new List<MetastaticSite>(raw.Items.Count);
        var indices = new List<int>(raw.Items.Count);
        var complete = raw.Complete;
        for (var i = 0; i < raw.Items.Count; i++)
        {
            var path = LazyPath.Item(JsonPaths.Root, "metastaticSites", i);
            if (Enum(raw.Items[i], path, WireEnums.MetastaticSite) is not { } site)
            {
                complete = false;
                continue;
            }

            var first = sites.IndexOf(site);
            if (first >= 0)
            {
                sink.Warning(ProfileIssueCodes.RepeatedValue, path.ToString(), ProfileMessages.RepeatedValue(raw.Items[i].Value, JsonPaths.Item(JsonPaths.Root, "metastaticSites", indices[first])), raw.Items[i].Offset);
                continue;
            }

            sites.Add(site);
            indices.Add(i);
        }

        return (sites, complete);
    }

    private PrimarySite? PrimarySite(Raw<string>? raw, CancerType? cancer)
    {
        var site = Enum(raw, "$.primarySite", WireEnums.PrimarySite);
        if (site is { } s && cancer is { } c && s.Organ() != c)
        {
            sink.Error(ProfileIssueCodes.Contradiction, "$.primarySite", ProfileMessages.PrimarySiteOfOtherOrgan(WireEnums.PrimarySite.NameOf(s), s.Organ(), WireEnums.Cancer.NameOf(c)), raw!.Value.Offset);
        }

        return site;
    }

    private bool? LiverMetastasesResectable(Raw<bool>? raw, List<MetastaticSite>? sites, bool sitesComplete)
    {
        if (raw is not { Valid: true } resectable)
        {
            return null;
        }

        if (sites is { Count: > 0 } && sitesComplete && !sites.Contains(MetastaticSite.Liver))
        {
            sink.Error(ProfileIssueCodes.Contradiction, "$.liverMetastasesResectable", ProfileMessages.ResectableWithoutLiver(), resectable.Offset);
        }

        return resectable.Value;
    }

    /// <summary>Parses an optional enumeration value; reports an unknown one.</summary>
    private T? Enum<T>(Raw<string>? raw, LazyPath path, WireEnum<T> values)
        where T : struct, System.Enum
    {
        if (raw is not { Valid: true } text)
        {
            return null;
        }

        if (values.TryParse(text.Value, out var value))
        {
            return value;
        }

        sink.Error(ProfileIssueCodes.UnknownValue, path.ToString(), ProfileMessages.UnknownValue(text.Value, values), text.Offset);
        return null;
    }

    private int? WholeNumber(Raw<double>? raw, LazyPath path, string what, int min, int max) =>
        (int?)Number(raw, path, what, min, max);

    private double? Number(Raw<double>? raw, LazyPath path, string what, double min, double max)
    {
        if (raw is not { Valid: true } number)
        {
            return null;
        }

        if (!(number.Value >= min && number.Value <= max))
        {
            sink.Error(ProfileIssueCodes.OutOfRange, path.ToString(), ProfileMessages.OutOfRange(what, min, max, number.Value), number.Offset);
            return null;
        }

        return number.Value;
    }
}
