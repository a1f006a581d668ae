using System.Collections.Frozen;

namespace OncoExplain.Cohorts;

/// <summary>Reads MAF-style mutation tables and attaches each usable row to the profile draft of its sample.</summary>
internal sealed class MutationReader
{
    private static readonly FrozenSet<string> ProteinChanging = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Missense_Mutation", "Nonsense_Mutation", "Frame_Shift_Del", "Frame_Shift_Ins", "In_Frame_Del", "In_Frame_Ins",
        "Nonstop_Mutation", "Translation_Start_Site", "Splice_Site", "Start_Codon_Del", "Start_Codon_Ins", "Stop_Codon_Del", "Stop_Codon_Ins");

    private readonly Dictionary<string, List<ProfileDraft>> byKey = new(StringComparer.Ordinal);
    private readonly FrozenSet<string> genes;
    private readonly List<ImportIssue> issues;

    public MutationReader(IEnumerable<ProfileDraft> drafts, FrozenSet<string> genes, List<ImportIssue> issues)
    {
        this.genes = genes;
        this.issues = issues;
        foreach (var draft in drafts)
        {
            if (draft.SampleId is { } sample)
            {
                Index(sample, draft);
            }

            if (draft.PatientId is { } patient && patient != draft.SampleId)
            {
                Index(patient, draft);
            }
        }
    }

    public int Rows { get; private set; }

    public int Used { get; private set; }

    public void Read(TableSource table)
    {
        int gene = -1, sample = -1, protein = -1, classification = -1;
        foreach (var row in TsvTable.Read(table, t =>
        {
            gene = t.Find("Hugo_Symbol", "Gene", "Gene_Symbol");
            sample = t.Find("Tumor_Sample_Barcode", "SAMPLE_ID", "patient_id", "PATIENT_ID");
            protein = t.Find("HGVSp_Short", "Protein_Change", "Amino_Acid_Change", "HGVSp");
            classification = t.Find("Variant_Classification");
            if (gene < 0 || sample < 0 || protein < 0)
            {
                throw new InvalidDataException($"{table.Name}: a mutation table needs Hugo_Symbol, Tumor_Sample_Barcode and HGVSp_Short (or Protein_Change) columns.");
            }
        }))
        {
            Rows++;
            Attach(row, row.Value(gene), row.Value(sample), row.Value(protein), row.Value(classification));
        }
    }

    private void Attach(TsvRow row, string? geneText, string? barcode, string? proteinText, string? classification)
    {
        void Problem(string code, string message) => issues.Add(new(row.Table.Name, row.Line, code, message));

        if (barcode is null || Find(barcode) is not { } matches)
        {
            Problem(ImportIssueCodes.NoMatchingSample, $"sample '{barcode ?? "(none)"}' matches no clinical row");
            return;
        }

        if (matches.Count > 1)
        {
            Problem(ImportIssueCodes.AmbiguousSample, $"sample '{barcode}' matches {matches.Count} clinical rows of one patient");
            return;
        }

        var draft = matches[0];
        draft.Sequenced = true;
        var label = $"{barcode} {geneText} {proteinText}";
        if (classification is not null && !ProteinChanging.Contains(classification))
        {
            Problem(ImportIssueCodes.NotProteinChanging, $"{label}: {classification}");
            return;
        }

        if (!GeneSymbols.IsWellFormed(geneText))
        {
            Problem(ImportIssueCodes.InvalidGene, $"{label}: '{geneText}' is not a gene symbol");
            return;
        }

        var symbol = GeneSymbols.Normalize(geneText!);
        draft.GenesWithRows.Add(symbol);
        if (!genes.Contains(symbol))
        {
            Problem(ImportIssueCodes.GeneNotSelected, $"{label}: {symbol} is not among the genes kept");
            return;
        }

        if (proteinText is null)
        {
            Problem(ImportIssueCodes.MissingProteinChange, $"{label}: no protein change");
            return;
        }

        if (!ProteinChange.TryParse(proteinText, out var change, out var error))
        {
            Problem(ImportIssueCodes.InvalidProteinChange, $"{label}: {error}");
            return;
        }

        if (draft.Variants.Any(v => v.Gene == symbol && v.Change == change))
        {
            Problem(ImportIssueCodes.DuplicateVariant, $"{label}: already read for {draft.Id}");
            return;
        }

        draft.Variants.Add(new GeneVariant(symbol, change));
        Used++;
    }

    /// <summary>The drafts whose sample or patient id is the barcode or a prefix of it ending at a '-' (a trailing vial letter such as the A of 01A may be dropped).</summary>
    private List<ProfileDraft>? Find(string barcode)
    {
        var candidate = barcode;
        while (true)
        {
            if (byKey.TryGetValue(candidate, out var found))
            {
                return found;
            }

            if (candidate.Length > 1 && char.IsAsciiLetter(candidate[^1]) && char.IsAsciiDigit(candidate[^2])
                && byKey.TryGetValue(candidate[..^1], out found))
            {
                return found;
            }

            var dash = candidate.LastIndexOf('-');
            if (dash <= 0)
            {
                return null;
            }

            candidate = candidate[..dash];
        }
    }

    private void Index(string key, ProfileDraft draft)
    {
        if (!byKey.TryGetValue(key, out var list))
        {
            byKey[key] = list = [];
        }

        list.Add(draft);
    }
}
