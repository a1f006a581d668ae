using BenchmarkDotNet.Running;
using OncoExplain.Benchmarks;

// `--write-cohort <count> <file>` writes the synthetic cohort as JSONL for the CLI batch timings (benchmarks/cli-timings.sh);
// anything else goes to BenchmarkDotNet.
if (args is ["--write-cohort", var countText, var path])
{
    if (!int.TryParse(countText, out var count) || count <= 0)
    {
        Console.Error.WriteLine($"--write-cohort: the count must be a positive whole number, not '{countText}'.");
        return 2;
    }

    File.WriteAllLines(path, SyntheticCohort.Json(count));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
