namespace OncoExplain.Cohorts;

/// <summary>A profile being assembled from a clinical row and the mutation rows of its sample.</summary>
internal sealed class ProfileDraft(string id, string? sampleId, string? patientId, CancerType cancer, string file, int line)
{
    public string Id { get; } = id;

    public string? SampleId { get; } = sampleId;

    public string? PatientId { get; } = patientId;

    public CancerType Cancer { get; } = cancer;

    public string File { get; } = file;

    public int Line { get; } = line;

    public StageGroup? Stage { get; set; }

    public PrimarySite? Site { get; set; }

    public MsiStatus? Msi { get; set; }

    public double? Tmb { get; set; }

    public int? Age { get; set; }

    /// <summary>Whether any mutation row matched this sample: only then can panel genes be negative.</summary>
    public bool Sequenced { get; set; }

    public List<GeneVariant> Variants { get; } = [];

    /// <summary>Genes with at least one protein-changing row, usable or not: never marked negative.</summary>
    public HashSet<string> GenesWithRows { get; } = new(StringComparer.Ordinal);
}
