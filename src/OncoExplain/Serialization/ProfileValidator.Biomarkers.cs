using System.Collections.Frozen;

namespace OncoExplain.Serialization;

/// <summary>Checks the <c>biomarkers</c> object: variants, negative genes, MSI/MMR, TMB, HER2 and fusions.</summary>
internal sealed partial class ProfileValidator
{
    /// <summary>Genes whose result decides whether a treatment fits (RAS/BRAF for anti-EGFR and BRAF therapy, HRR genes for platinum and PARP, HER2, MMR genes).</summary>
    private static readonly FrozenSet<string> GatingGenes = FrozenSet.Create(
        StringComparer.Ordinal, "KRAS", "NRAS", "BRAF", "BRCA1", "BRCA2", "PALB2", "ERBB2", "MLH1", "MSH2", "MSH6", "PMS2");

    private Biomarkers Biomarkers(RawBiomarkers raw)
    {
        var variants = Variants(raw.Variants);
        var negativeGenes = NegativeGenes(raw.NegativeGenes);
        foreach (var (index, gene) in negativeGenes)
        {
            foreach (var (variantIndex, variant) in variants)
            {
                if (variant.IsPathogenic && variant.Gene == gene)
                {
                    sink.Error(ProfileIssueCodes.Contradiction, JsonPaths.Biomarkers("negativeGenes", index), ProfileMessages.NegativeGeneHasPathogenicVariant(variant, JsonPaths.Biomarkers("variants", variantIndex)), raw.NegativeGenes!.Items[index].Offset);
                }
            }
        }

        var msi = Enum(raw.Msi, LazyPath.Property("$.biomarkers", "msi"), WireEnums.Msi);
        var mmr = Enum(raw.Mmr, LazyPath.Property("$.biomarkers", "mmr"), WireEnums.Mmr);
        if (msi == MsiStatus.High && mmr == MmrStatus.Proficient)
        {
            sink.Warning(ProfileIssueCodes.MsiMmrDiscordant, JsonPaths.Biomarkers("msi"), ProfileMessages.MsiHighMmrProficient(), raw.Msi!.Value.Offset);
        }
        else if (msi is MsiStatus.Stable or MsiStatus.Low && mmr == MmrStatus.Deficient)
        {
            sink.Warning(ProfileIssueCodes.MsiMmrDiscordant, JsonPaths.Biomarkers("msi"), ProfileMessages.MssMmrDeficient(), raw.Msi!.Value.Offset);
        }

        var tmb = Number(raw.Tmb, LazyPath.Property("$.biomarkers", "tmb"), "TMB (mutations per megabase)", 0, OncoExplain.Biomarkers.MaxTmb);
        var her2 = Enum(raw.Her2, LazyPath.Property("$.biomarkers", "her2"), WireEnums.Her2);
        var fusions = Fusions(raw.Fusions, negativeGenes);
        if (sink.HasErrors)
        {
            return OncoExplain.Biomarkers.None;
        }

        return new Biomarkers(variants.Select(v => v.Variant), negativeGenes.Select(g => g.Gene), msi, mmr, tmb, her2, fusions);
    }

    /// <summary>The variants that could be read, with their index; duplicates are reported and left out.</summary>
    private List<(int Index, GeneVariant Variant)> Variants(RawArray<RawVariant>? raw)
    {
        if (raw is null)
        {
            return [];
        }

        var variants = new List<(int Index, GeneVariant Variant)>(raw.Items.Count);

        for (var i = 0; i < raw.Items.Count; i++)
        {
            if (Variant(raw.Items[i], i) is not { } variant)
            {
                continue;
            }

            var first = variants.FindIndex(v => v.Variant.Gene == variant.Gene && v.Variant.Change == variant.Change);
            if (first >= 0)
            {
                var (firstIndex, firstVariant) = variants[first];
                sink.Error(ProfileIssueCodes.Duplicate, JsonPaths.Biomarkers("variants", i), ProfileMessages.DuplicateVariant(variant, firstVariant, JsonPaths.Biomarkers("variants", firstIndex)), raw.Items[i].Offset);
                continue;
            }

            if (!InterpretedGenes.Contains(variant.Gene))
            {
                sink.Warning(ProfileIssueCodes.GeneNotInterpreted, JsonPaths.Biomarkers("variants", i), ProfileMessages.GeneNotInterpreted(variant), raw.Items[i].Offset);
            }
            else if (variant.Significance == ClinicalSignificance.Uncertain && GatingGenes.Contains(variant.Gene))
            {
                sink.Warning(ProfileIssueCodes.UncertainGatingVariant, JsonPaths.Biomarkers("variants", i), ProfileMessages.UncertainGatingVariant(variant), raw.Items[i].Offset);
            }

            variants.Add((i, variant));
        }

        return variants;
    }

    private GeneVariant? Variant(RawVariant raw, int index)
    {
        if (!raw.Valid)
        {
            return null;
        }

        var gene = Gene(raw.Gene, LazyPath.Item("$.biomarkers", "variants", index, "gene"), raw.Offset);
        ProteinChange? change = null;
        if (raw.Change is null)
        {
            sink.Error(ProfileIssueCodes.Required, JsonPaths.Biomarkers("variants", index, "change"), ProfileMessages.ChangeRequired(), raw.Offset);
        }
        else if (raw.Change is { Valid: true } text && !ProteinChange.TryParse(text.Value, out change, out var error))
        {
            sink.Error(ProfileIssueCodes.InvalidHgvs, JsonPaths.Biomarkers("variants", index, "change"), error, text.Offset);
        }

        var origin = Enum(raw.Origin, LazyPath.Item("$.biomarkers", "variants", index, "origin"), WireEnums.Origin);
        var significance = Enum(raw.Significance, LazyPath.Item("$.biomarkers", "variants", index, "significance"), WireEnums.Significance);
        var complete = gene is not null && change is not null
            && (raw.Origin is null || origin is not null)
            && (raw.Significance is null || significance is not null);
        return complete ? new GeneVariant(gene!, change!, origin ?? VariantOrigin.Somatic, significance) : null;
    }

    /// <summary>A required, well-formed gene symbol, upper-cased.</summary>
    private string? Gene(Raw<string>? raw, LazyPath path, int parentOffset)
    {
        if (raw is null)
        {
            sink.Error(ProfileIssueCodes.Required, path.ToString(), ProfileMessages.GeneRequired(), parentOffset);
            return null;
        }

        return Symbol(raw.Value, path);
    }

    private string? Symbol(Raw<string> raw, LazyPath path)
    {
        if (!raw.Valid)
        {
            return null;
        }

        if (!GeneSymbols.IsWellFormed(raw.Value))
        {
            sink.Error(ProfileIssueCodes.InvalidGene, path.ToString(), ProfileMessages.InvalidGene(raw.Value), raw.Offset);
            return null;
        }

        return GeneSymbols.Normalize(raw.Value);
    }

    /// <summary>The well-formed negative genes with their index, each once (repeats are warned about).</summary>
    private List<(int Index, string Gene)> NegativeGenes(RawArray<Raw<string>>? raw)
    {
        if (raw is null)
        {
            return [];
        }

        var genes = new List<(int Index, string Gene)>(raw.Items.Count);

        for (var i = 0; i < raw.Items.Count; i++)
        {
            var path = LazyPath.Item("$.biomarkers", "negativeGenes", i);
            if (Symbol(raw.Items[i], path) is not { } gene)
            {
                continue;
            }

            var first = IndexOfGene(genes, gene);
            if (first >= 0)
            {
                sink.Warning(ProfileIssueCodes.RepeatedValue, path.ToString(), ProfileMessages.RepeatedValue(raw.Items[i].Value, JsonPaths.Biomarkers("negativeGenes", genes[first].Index)), raw.Items[i].Offset);
                continue;
            }

            genes.Add((i, gene));
        }

        return genes;
    }

    private static int IndexOfGene(List<(int Index, string Gene)> genes, string gene)
    {
        for (var i = 0; i < genes.Count; i++)
        {
            if (genes[i].Gene == gene)
            {
                return i;
            }
        }

        return -1;
    }

    private List<GeneFusion> Fusions(RawArray<Raw<string>>? raw, List<(int Index, string Gene)> negativeGenes)
    {
        var fusions = new List<GeneFusion>();
        if (raw is null)
        {
            return fusions;
        }

        var indices = new List<int>();
        for (var i = 0; i < raw.Items.Count; i++)
        {
            if (raw.Items[i] is not { Valid: true } text)
            {
                continue;
            }

            var path = LazyPath.Item("$.biomarkers", "fusions", i);
            if (!GeneFusion.TryParse(text.Value, out var fusion, out var error))
            {
                sink.Error(ProfileIssueCodes.InvalidFusion, path.ToString(), error, text.Offset);
                continue;
            }

            var first = fusions.IndexOf(fusion);
            if (first >= 0)
            {
                sink.Warning(ProfileIssueCodes.RepeatedValue, path.ToString(), ProfileMessages.RepeatedValue(text.Value, JsonPaths.Biomarkers("fusions", indices[first])), text.Offset);
                continue;
            }

            if (fusion.DriverGene is not { } driver)
            {
                sink.Warning(ProfileIssueCodes.FusionNotInterpreted, path.ToString(), ProfileMessages.FusionNotInterpreted(fusion), text.Offset);
            }
            else if (negativeGenes.Exists(g => g.Gene == driver))
            {
                sink.Warning(ProfileIssueCodes.FusionGeneListedNegative, path.ToString(), ProfileMessages.FusionGeneListedNegative(fusion, driver), text.Offset);
            }

            fusions.Add(fusion);
            indices.Add(i);
        }

        return fusions;
    }
}
