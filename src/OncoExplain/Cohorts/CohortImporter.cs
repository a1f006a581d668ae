using System.Collections.Frozen;
using System.Collections.Immutable;

namespace OncoExplain.Cohorts;

/// <summary>
/// Builds profiles from the public formats researchers hold: a clinical table (cBioPortal patient or sample TSV with its
/// <c>#</c> rows, a TCGA or MSK table) optionally joined to a sample table, and MAF-style mutation tables. Every row or
/// value that cannot be used is reported as an <see cref="ImportIssue"/>; unknown is never made negative (see
/// <see cref="CohortImportOptions.PanelGenes"/>). The column names and thresholds are documented in <c>docs/cohorts.md</c>.
/// </summary>
public static class CohortImporter
{
    /// <summary>The genes whose variants are kept by default: the genes the knowledge base reads, and common colorectal and pancreatic drivers.</summary>
    public static ImmutableArray<string> DefaultVariantGenes { get; } =
    [
        "ALK", "APC", "ARID1A", "ATM", "BRAF", "BRCA1", "BRCA2", "CDKN2A", "EGFR", "EPCAM", "ERBB2", "FGFR2", "HRAS", "IDH1", "KRAS",
        "MAP2K1", "MET", "MLH1", "MSH2", "MSH6", "NRAS", "NRG1", "NTRK1", "NTRK2", "NTRK3", "PALB2", "PIK3CA", "PMS2", "POLD1",
        "POLE", "PTEN", "RET", "RNF43", "ROS1", "SMAD4", "STK11", "TP53",
    ];

    /// <summary>Imports a cohort.</summary>
    /// <param name="clinical">The clinical table: one row per sample or patient, or the patient table when <paramref name="samples"/> is given.</param>
    /// <param name="mutations">The mutation tables (MAF columns <c>Hugo_Symbol</c>, <c>Tumor_Sample_Barcode</c>, <c>HGVSp_Short</c> or <c>Protein_Change</c>, <c>Variant_Classification</c>).</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="samples">A cBioPortal sample table joined to <paramref name="clinical"/> by patient id, or <see langword="null"/>.</param>
    /// <returns>The profiles and every issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clinical"/> or <paramref name="mutations"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">A mutation table lacks the gene, sample or protein-change column.</exception>
    /// <exception cref="IOException">A table cannot be read.</exception>
    public static CohortImport Import(TableSource clinical, IReadOnlyList<TableSource> mutations, CohortImportOptions? options = null, TableSource? samples = null)
    {
        ArgumentNullException.ThrowIfNull(clinical);
        ArgumentNullException.ThrowIfNull(mutations);
        options ??= new CohortImportOptions();
        var issues = new List<ImportIssue>();
        var clinicalReader = new ClinicalReader(options, issues);
        var drafts = clinicalReader.Read(clinical, samples);
        var panel = (options.PanelGenes ?? []).Select(GeneSymbols.Normalize).ToFrozenSet(StringComparer.Ordinal);
        var kept = (options.VariantGenes ?? DefaultVariantGenes).Select(GeneSymbols.Normalize).Concat(panel).ToFrozenSet(StringComparer.Ordinal);
        var mutationReader = new MutationReader(drafts, kept, issues);
        foreach (var table in mutations)
        {
            mutationReader.Read(table);
        }

        var profiles = ImmutableArray.CreateBuilder<TumourProfile>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (Build(draft, panel, issues) is { } profile)
            {
                profiles.Add(profile);
            }
        }

        return new CohortImport(profiles.ToImmutable(), [.. issues], clinicalReader.Rows, mutationReader.Rows, mutationReader.Used, drafts.Count(d => d.Sequenced));
    }

    private static TumourProfile? Build(ProfileDraft draft, FrozenSet<string> panel, List<ImportIssue> issues)
    {
        IEnumerable<string> negative = draft.Sequenced ? panel.Where(g => !draft.GenesWithRows.Contains(g)).Order(StringComparer.Ordinal) : [];
        try
        {
            var id = draft.Id.Length > TumourProfile.MaxIdLength ? draft.Id[..TumourProfile.MaxIdLength] : draft.Id;
            var biomarkers = new Biomarkers(variants: draft.Variants, negativeGenes: negative, msi: draft.Msi, tmb: draft.Tmb);
            return new TumourProfile(draft.Cancer, id, draft.Stage, primarySite: draft.Site, age: draft.Age, biomarkers: biomarkers);
        }
        catch (ArgumentException exception)
        {
            issues.Add(new(draft.File, draft.Line, ImportIssueCodes.ProfileRejected, $"{draft.Id}: {exception.Message}"));
            return null;
        }
    }
}
