using System.Globalization;

namespace OncoExplain.Cohorts;

/// <summary>Reads clinical rows (optionally a sample table joined to a patient table) into profile drafts.</summary>
internal sealed class ClinicalReader(CohortImportOptions options, List<ImportIssue> issues)
{
    public int Rows { get; private set; }

    public List<ProfileDraft> Read(TableSource clinical, TableSource? samples)
    {
        var drafts = new List<ProfileDraft>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (samples is null)
        {
            ClinicalColumns columns = null!;
            foreach (var row in TsvTable.Read(clinical, t => columns = ClinicalColumns.Of(t)))
            {
                Rows++;
                Add(drafts, ids, row, columns, null, null);
            }

            return drafts;
        }

        var patients = ReadPatients(clinical, out var patientColumns);
        ClinicalColumns sampleColumns = null!;
        foreach (var row in TsvTable.Read(samples, t => sampleColumns = ClinicalColumns.Of(t)))
        {
            Rows++;
            TsvRow? patient = null;
            if (row.Value(sampleColumns.PatientId) is { } patientId && patientColumns is not null && !patients.TryGetValue(patientId, out patient))
            {
                issues.Add(new(row.Table.Name, row.Line, ImportIssueCodes.PatientNotFound, $"patient {patientId} is not in {clinical.Name}"));
            }

            Add(drafts, ids, row, sampleColumns, patient, patientColumns);
        }

        return drafts;
    }

    private Dictionary<string, TsvRow> ReadPatients(TableSource clinical, out ClinicalColumns? columns)
    {
        ClinicalColumns? found = null;
        var patients = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(clinical, t => found = ClinicalColumns.Of(t)))
        {
            if (row.Value(found!.PatientId) is not { } id)
            {
                issues.Add(new(row.Table.Name, row.Line, ImportIssueCodes.MissingId, "the patient row has no patient id"));
            }
            else if (!patients.TryAdd(id, row))
            {
                issues.Add(new(row.Table.Name, row.Line, ImportIssueCodes.DuplicateId, $"patient {id} was already read"));
            }
        }

        columns = found;
        return patients;
    }

    private void Add(List<ProfileDraft> drafts, HashSet<string> ids, TsvRow row, ClinicalColumns columns, TsvRow? patient, ClinicalColumns? patientColumns)
    {
        string? Get(Func<ClinicalColumns, int> column) =>
            row.Value(column(columns)) ?? (patient is null || patientColumns is null ? null : patient.Value(column(patientColumns)));

        var sampleId = row.Value(columns.SampleId);
        var patientId = Get(c => c.PatientId);
        if ((sampleId ?? patientId) is not { } id)
        {
            issues.Add(new(row.Table.Name, row.Line, ImportIssueCodes.MissingId, "the row has neither a sample nor a patient id"));
            return;
        }

        var cancerText = Get(c => c.Cancer);
        var cancer = options.Cancer ?? (cancerText is null ? null : ClinicalValues.Cancer(cancerText));
        if (cancer is not { } known)
        {
            issues.Add(new(row.Table.Name, row.Line, ImportIssueCodes.CancerNotCovered, $"{id}: cancer '{cancerText ?? "(none)"}' is not pancreatic or colorectal; give the cancer to import it anyway"));
            return;
        }

        if (!ids.Add(id))
        {
            issues.Add(new(row.Table.Name, row.Line, ImportIssueCodes.DuplicateId, $"{id} was already read"));
            return;
        }

        var draft = new ProfileDraft(id, sampleId, patientId, known, row.Table.Name, row.Line);
        void Problem(string code, string message) => issues.Add(new(row.Table.Name, row.Line, code, $"{id}: {message}"));

        draft.Stage = options.Stage ?? Parse<StageGroup>(Get(c => c.Stage), ClinicalValues.Stage, "stage", Problem);
        draft.Tmb = Parse<double>(Get(c => c.Tmb), t => ClinicalValues.Number(t) is >= 0 and <= Biomarkers.MaxTmb and var n ? n : null, "TMB", Problem);
        draft.Age = Parse<int>(Get(c => c.Age), t => ClinicalValues.Number(t) is >= 0 and <= 120 and var n ? (int?)(int)Math.Floor(n) : null, "age", Problem);
        draft.Site = SiteOf(Get, known, Problem);
        draft.Msi = MsiOf(Get, Problem);
        drafts.Add(draft);
    }

    private static T? Parse<T>(string? text, Func<string, T?> parse, string what, Action<string, string> problem)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            problem(ImportIssueCodes.ValueNotUnderstood, $"{what} '{text}' is not understood; left unknown");
        }

        return value;
    }

    private static PrimarySite? SiteOf(Func<Func<ClinicalColumns, int>, string?> get, CancerType cancer, Action<string, string> problem)
    {
        PrimarySite? detailed = null;
        string? detailedText = null;
        for (var i = 0; detailed is null && i < 2; i++)
        {
            var index = i;
            detailedText = get(c => c.Sites[index]);
            detailed = detailedText is null ? null : ClinicalValues.Site(detailedText, cancer);
        }

        var sideText = cancer == CancerType.Colorectal ? get(c => c.Side) : null;
        var side = sideText is null ? null : ClinicalValues.Side(sideText);
        if (sideText is not null && side is null)
        {
            problem(ImportIssueCodes.ValueNotUnderstood, $"primary tumour location '{sideText}' is not understood");
        }

        if (detailed is { } site && site.Side() is Sidedness.Left or Sidedness.Right)
        {
            if (side is { } s && s.Side() != site.Side())
            {
                problem(ImportIssueCodes.SideConflict, $"site '{detailedText}' is {site.Side().ToString().ToLowerInvariant()}-sided but the location column says '{sideText}'; the site is used");
            }

            return site;
        }

        return side ?? detailed;
    }

    private MsiStatus? MsiOf(Func<Func<ClinicalColumns, int>, string?> get, Action<string, string> problem)
    {
        if (get(c => c.MsiStatus) is { } statusText)
        {
            var (status, understood) = ClinicalValues.Msi(statusText);
            if (status is not null)
            {
                return status;
            }

            problem(understood ? ImportIssueCodes.MsiIndeterminate : ImportIssueCodes.ValueNotUnderstood, $"MSI status '{statusText}'; trying the MSI score");
        }

        if (get(c => c.MsiSensor) is { } sensorText)
        {
            if (ClinicalValues.Number(sensorText) is not { } score)
            {
                problem(ImportIssueCodes.ValueNotUnderstood, $"MSIsensor score '{sensorText}' is not a number");
            }
            else if (score >= options.MsiSensorHigh)
            {
                return MsiStatus.High;
            }
            else if (score < options.MsiSensorStable)
            {
                return MsiStatus.Stable;
            }
            else
            {
                problem(ImportIssueCodes.MsiIndeterminate, string.Create(CultureInfo.InvariantCulture, $"MSIsensor score {score} is between {options.MsiSensorStable} and {options.MsiSensorHigh}; MSI left unknown"));
                return null;
            }
        }

        if (get(c => c.Mantis) is { } mantisText)
        {
            if (ClinicalValues.Number(mantisText) is { } mantis)
            {
                return mantis > options.MantisHigh ? MsiStatus.High : MsiStatus.Stable;
            }

            problem(ImportIssueCodes.ValueNotUnderstood, $"MANTIS score '{mantisText}' is not a number");
        }

        return null;
    }
}
