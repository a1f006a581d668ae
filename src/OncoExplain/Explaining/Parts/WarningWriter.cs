using System.Collections.Immutable;
using System.Globalization;

namespace OncoExplain;

/// <summary>Notes about the profile: stage, MSI/MMR conflicts, fusions and variants that could not be interpreted.</summary>
internal static class WarningWriter
{
    private static readonly string[] GatingGenes = ["KRAS", "NRAS", "BRAF", "BRCA1", "BRCA2", "PALB2"];

    public static ImmutableArray<ExplanationWarning> Write(ExplainContext context)
    {
        var warnings = ImmutableArray.CreateBuilder<ExplanationWarning>();
        var profile = context.Profile;
        var texts = context.Texts;
        if (profile.Stage is { } stage and not StageGroup.IV)
        {
            warnings.Add(new("stage-not-iv", texts.Get("Warning.StageNotIv", ("stage", stage.ToString())), "$.stage"));
        }

        if (profile.Biomarkers.MsiMmrDiscordant)
        {
            warnings.Add(new("msi-mmr-discordant", texts["Warning.MsiMmrDiscordant"], "$.biomarkers.msi"));
        }

        for (var i = 0; i < profile.Biomarkers.Fusions.Length; i++)
        {
            var fusion = profile.Biomarkers.Fusions[i];
            if (fusion.DriverGene is null)
            {
                warnings.Add(new("fusion-not-interpreted", texts.Get("Warning.FusionNotInterpreted", ("fusion", fusion.ToString())), Path("fusions", i)));
            }
        }

        for (var i = 0; i < profile.Biomarkers.Variants.Length; i++)
        {
            var variant = profile.Biomarkers.Variants[i];
            if (!InterpretedGenes.Contains(variant.Gene))
            {
                warnings.Add(new("gene-not-interpreted", texts.Get("Warning.VariantNotInterpreted", ("variant", ExplainContext.VariantLabel(variant))), Path("variants", i)));
            }
            else if (variant.Significance == ClinicalSignificance.Uncertain && GatingGenes.Contains(variant.Gene))
            {
                warnings.Add(new("variant-uncertain", texts.Get("Warning.VariantUncertain", ("variant", ExplainContext.VariantLabel(variant))), Path("variants", i)));
            }
        }

        return warnings.ToImmutable();
    }

    private static string Path(string array, int index) => string.Create(CultureInfo.InvariantCulture, $"$.biomarkers.{array}[{index}]");
}
