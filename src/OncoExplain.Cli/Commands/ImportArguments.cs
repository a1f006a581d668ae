using System.Diagnostics.CodeAnalysis;
using OncoExplain.Cohorts;

namespace OncoExplain.Cli.Commands;

/// <summary>The parsed options of <c>oncoexplain import</c>, turned into <see cref="CohortImportOptions"/>.</summary>
internal sealed record ImportArguments(
    string Clinical,
    string? Sample,
    string[] Mutations,
    string? Panel,
    string? PanelFile,
    string? Genes,
    string? Cancer,
    string? Stage,
    string? IssuesFile)
{
    private static readonly char[] Separators = [',', '\t', '\n', '\r', ' ', ';'];

    public IEnumerable<string> Files =>
        new[] { Clinical, Sample, PanelFile }.Concat(Mutations).OfType<string>();

    public bool TryGetOptions(CliConsole console, [NotNullWhen(true)] out CohortImportOptions? options)
    {
        options = null;
        if (Panel is not null && PanelFile is not null)
        {
            console.Error.WriteLine("error: give --panel or --panel-file, not both.");
            return false;
        }

        CancerType? cancer = null;
        if (Cancer is not null)
        {
            cancer = Cancer.ToUpperInvariant() switch
            {
                "COLORECTAL" or "COADREAD" or "COAD" or "READ" => CancerType.Colorectal,
                "PANCREATIC" or "PAAD" => CancerType.Pancreatic,
                _ => null,
            };
            if (cancer is null)
            {
                console.Error.WriteLine($"error: --cancer '{Cancer}' is not colorectal or pancreatic.");
                return false;
            }
        }

        StageGroup? stage = null;
        if (Stage is not null)
        {
            stage = Stage.ToUpperInvariant().TrimStart('S', 'T', 'A', 'G', 'E', ' ') switch
            {
                "I" or "1" => StageGroup.I,
                "II" or "2" => StageGroup.II,
                "III" or "3" => StageGroup.III,
                "IV" or "4" => StageGroup.IV,
                _ => null,
            };
            if (stage is null)
            {
                console.Error.WriteLine($"error: --stage '{Stage}' is not I, II, III or IV.");
                return false;
            }
        }

        var panel = Panel is not null ? Split(Panel) : PanelFile is not null && File.Exists(PanelFile) ? Split(File.ReadAllText(PanelFile)) : null;
        var genes = Genes is null ? null : Split(Genes);
        var bad = (panel ?? []).Concat(genes ?? []).FirstOrDefault(g => !GeneSymbols.IsWellFormed(g));
        if (bad is not null)
        {
            console.Error.WriteLine($"error: '{bad}' is not a gene symbol.");
            return false;
        }

        options = new CohortImportOptions { Cancer = cancer, Stage = stage, PanelGenes = panel, VariantGenes = genes };
        return true;
    }

    private static string[] Split(string text) => text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
