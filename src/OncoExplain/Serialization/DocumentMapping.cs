namespace OncoExplain.Serialization;

/// <summary>Converts between the domain model, the wire documents and the raw form the validator checks.</summary>
internal static class DocumentMapping
{
    public static ProfileDocument ToDocument(TumourProfile profile) => new()
    {
        Id = profile.Id,
        Cancer = profile.Cancer,
        Stage = profile.Stage,
        MetastaticSites = profile.MetastaticSites.IsEmpty ? null : [.. profile.MetastaticSites],
        PrimarySite = profile.PrimarySite,
        Ecog = profile.Ecog,
        Age = profile.Age,
        LiverMetastasesResectable = profile.LiverMetastasesResectable,
        Biomarkers = profile.Biomarkers.Equals(Biomarkers.None) ? null : ToDocument(profile.Biomarkers),
        Treatments = profile.Treatments.IsEmpty ? null : [.. profile.Treatments.Select(ToDocument)],
    };

    private static BiomarkersDocument ToDocument(Biomarkers biomarkers) => new()
    {
        Variants = biomarkers.Variants.IsEmpty ? null : [.. biomarkers.Variants.Select(ToDocument)],
        NegativeGenes = biomarkers.NegativeGenes.IsEmpty ? null : [.. biomarkers.NegativeGenes],
        Msi = biomarkers.Msi,
        Mmr = biomarkers.Mmr,
        Tmb = biomarkers.Tmb,
        Her2 = biomarkers.Her2,
        Fusions = biomarkers.Fusions.IsEmpty ? null : [.. biomarkers.Fusions.Select(f => f.ToString())],
    };

    private static VariantDocument ToDocument(GeneVariant variant) => new()
    {
        Gene = variant.Gene,
        Change = variant.Change.ToShortString(),
        Origin = variant.Origin == VariantOrigin.Somatic ? null : variant.Origin,
        Significance = variant.ReportedSignificance,
    };

    private static TreatmentDocument ToDocument(TreatmentCourse course) => new()
    {
        Regimen = course.Regimen.Id,
        Line = course.Line,
        Weeks = course.Weeks,
        Outcome = course.Outcome,
    };

    /// <summary>The raw form of a document built in code or deserialized elsewhere; null items are reported as wrong-type.</summary>
    public static RawProfile ToRaw(ProfileDocument document, IssueSink sink)
    {
        var raw = new RawProfile(-1)
        {
            Id = Text(document.Id),
            Cancer = Text(Enum(document.Cancer, WireEnums.Cancer)),
            Stage = Text(Enum(document.Stage, WireEnums.Stage)),
            MetastaticSites = Array(document.MetastaticSites, "$.metastaticSites", sink, s => new Raw<string>(WireEnums.MetastaticSite.NameOf(s), -1)),
            PrimarySite = Text(Enum(document.PrimarySite, WireEnums.PrimarySite)),
            Ecog = Number(document.Ecog),
            Age = Number(document.Age),
            LiverMetastasesResectable = document.LiverMetastasesResectable is { } resectable ? new Raw<bool>(resectable, -1) : null,
            Treatments = Array(document.Treatments, "$.treatments", sink, ToRaw, () => new RawTreatment(-1, valid: false), ProfileMessages.ExpectedObject(Found.Null)),
        };
        if (document.Biomarkers is { } biomarkers)
        {
            raw.Biomarkers = new RawBiomarkers(-1)
            {
                Variants = Array(biomarkers.Variants, "$.biomarkers.variants", sink, ToRaw, () => new RawVariant(-1, valid: false), ProfileMessages.ExpectedObject(Found.Null)),
                NegativeGenes = Array(biomarkers.NegativeGenes, "$.biomarkers.negativeGenes", sink, g => new Raw<string>(g, -1)),
                Msi = Text(Enum(biomarkers.Msi, WireEnums.Msi)),
                Mmr = Text(Enum(biomarkers.Mmr, WireEnums.Mmr)),
                Tmb = biomarkers.Tmb is { } tmb ? new Raw<double>(tmb, -1) : null,
                Her2 = Text(Enum(biomarkers.Her2, WireEnums.Her2)),
                Fusions = Array(biomarkers.Fusions, "$.biomarkers.fusions", sink, f => new Raw<string>(f, -1)),
            };
        }

        return raw;
    }

    private static RawVariant ToRaw(VariantDocument variant) => new(-1)
    {
        Gene = Text(variant.Gene),
        Change = Text(variant.Change),
        Origin = Text(Enum(variant.Origin, WireEnums.Origin)),
        Significance = Text(Enum(variant.Significance, WireEnums.Significance)),
    };

    private static RawTreatment ToRaw(TreatmentDocument treatment) => new(-1)
    {
        Regimen = Text(treatment.Regimen),
        Line = Number(treatment.Line),
        Weeks = Number(treatment.Weeks),
        Outcome = Text(Enum(treatment.Outcome, WireEnums.Outcome)),
    };

    private static string? Enum<T>(T? value, WireEnum<T> values)
        where T : struct, System.Enum =>
        value is { } v ? values.NameOf(v) : null;

    private static Raw<string>? Text(string? value) => value is null ? null : new Raw<string>(value, -1);

    private static Raw<double>? Number(int? value) => value is { } v ? new Raw<double>(v, -1) : null;

    private static RawArray<Raw<string>>? Array<T>(IReadOnlyList<T>? items, string path, IssueSink sink, Func<T, Raw<string>> convert) =>
        Array(items, path, sink, convert, () => Raw<string>.Invalid(-1), ProfileMessages.ExpectedString(Found.Null));

    private static RawArray<TRaw>? Array<T, TRaw>(IReadOnlyList<T>? items, string path, IssueSink sink, Func<T, TRaw> convert, Func<TRaw> invalid, string nullMessage)
    {
        if (items is null)
        {
            return null;
        }

        var array = new RawArray<TRaw>(-1);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                array.Items.Add(convert(item));
            }
            else
            {
                sink.Error(ProfileIssueCodes.WrongType, JsonPaths.Index(path, i), nullMessage);
                array.Items.Add(invalid());
                array.Complete = false;
            }
        }

        return array;
    }
}
