using System.CommandLine;
using OncoExplain.Cohorts;

namespace OncoExplain.Cli.Commands;

/// <summary>
/// <c>oncoexplain import --clinical F [--sample F] --mutations F… [--panel GENES|--panel-file F] [--cancer C] [--stage S]</c>:
/// builds profiles from cBioPortal/TCGA/MSK clinical tables and MAF mutation tables and writes them as JSON lines on
/// stdout. Every unusable row is counted on stderr (with its file and line; all of them with <c>--issues F</c>).
/// </summary>
internal static class ImportCommand
{
    private const int ExamplesPerCode = 3;

    public static Command Create(CliConsole console)
    {
        var clinical = new Option<string>("--clinical") { Description = "The clinical table (patient or sample TSV; cBioPortal '#' rows are skipped).", Required = true };
        var sample = new Option<string?>("--sample") { Description = "A cBioPortal sample table, joined to --clinical (the patient table) by patient id." };
        var mutations = new Option<string[]>("--mutations") { Description = "MAF mutation tables (.gz read as gzip); repeat for several.", Required = true, AllowMultipleArgumentsPerToken = true };
        var panel = new Option<string?>("--panel") { Description = "Genes the panel covers, comma-separated: sequenced samples without a variant in them are tested negative." };
        var panelFile = new Option<string?>("--panel-file") { Description = "A file of panel genes, one per line or separated by commas or tabs." };
        var genes = new Option<string?>("--genes") { Description = "Genes whose variants are kept, comma-separated (default: the genes the knowledge base reads and common drivers)." };
        var cancer = new Option<string?>("--cancer") { Description = "The cancer of every row (colorectal, pancreatic, or an OncoTree code) when the table has no cancer column." };
        var stage = new Option<string?>("--stage") { Description = "The stage of every row (for example IV for a metastatic cohort) instead of the table's stage at diagnosis." };
        var issues = new Option<string?>("--issues") { Description = "Write every unusable row or value as TSV (file, line, code, message) to this file." };
        var command = new Command("import", "Build profiles (JSON lines) from cBioPortal clinical tables and MAF mutation tables.")
        {
            clinical, sample, mutations, panel, panelFile, genes, cancer, stage, issues,
        };
        command.SetAction(parse => Run(console, new ImportArguments(
            parse.GetValue(clinical)!,
            parse.GetValue(sample),
            parse.GetValue(mutations) ?? [],
            parse.GetValue(panel),
            parse.GetValue(panelFile),
            parse.GetValue(genes),
            parse.GetValue(cancer),
            parse.GetValue(stage),
            parse.GetValue(issues))));
        return command;
    }

    private static int Run(CliConsole console, ImportArguments arguments)
    {
        if (!arguments.TryGetOptions(console, out var options))
        {
            return ExitCodes.Usage;
        }

        var missing = arguments.Files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            console.Error.WriteLine($"error: {missing}: file not found.");
            return ExitCodes.InvalidInput;
        }

        CohortImport import;
        try
        {
            import = CohortImporter.Import(
                TableSource.FromFile(arguments.Clinical),
                [.. arguments.Mutations.Select(TableSource.FromFile)],
                options,
                arguments.Sample is null ? null : TableSource.FromFile(arguments.Sample));
        }
        catch (InvalidDataException exception)
        {
            console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidInput;
        }

        foreach (var profile in import.Profiles)
        {
            console.Out.Write(ProfileJson.Write(profile));
            console.Out.Write('\n');
        }

        Report(console, import);
        if (arguments.IssuesFile is { } path)
        {
            using var writer = new StreamWriter(path);
            writer.Write("file\tline\tcode\tmessage\n");
            foreach (var issue in import.Issues)
            {
                writer.Write($"{issue.File}\t{issue.Line}\t{issue.Code}\t{issue.Message.Replace('\t', ' ')}\n");
            }
        }

        return ExitCodes.Ok;
    }

    private static void Report(CliConsole console, CohortImport import)
    {
        console.Error.WriteLine(
            $"imported {import.Profiles.Length} profiles from {import.ClinicalRows} clinical rows; {import.SequencedProfiles} with mutation rows; "
            + $"{import.VariantsUsed} of {import.MutationRows} mutation rows used as variants.");
        foreach (var (code, count) in import.IssueCounts)
        {
            console.Error.WriteLine($"  {count} {code}");
            foreach (var issue in import.Issues.Where(i => i.Code == code).Take(ExamplesPerCode))
            {
                console.Error.WriteLine($"    {issue}");
            }
        }
    }
}
