using BenchmarkDotNet.Running;
using OncoExplain.Benchmarks;

// `--write-cohort <count> <file>` writes the synthetic cohort as JSONL for the CLI batch timings (benchmarks/cli-timings.sh);
// `--cache-footprint <count>` reports what the engine's shared tables keep after <count> distinct profiles;
// anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["--write-cohort", var countText, var path]:
        if (!TryCount("--write-cohort", countText, out var cohortSize))
        {
            return 2;
        }

        File.WriteAllLines(path, SyntheticCohort.Json(cohortSize));
        return 0;

    case ["--cache-footprint", var countText]:
        if (!TryCount("--cache-footprint", countText, out var profiles))
        {
            return 2;
        }

        CacheFootprint.Report(profiles, Console.Out);
        return 0;

    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}

static bool TryCount(string option, string text, out int count)
{
    if (int.TryParse(text, out count) && count > 0)
    {
        return true;
    }

    Console.Error.WriteLine($"{option}: the count must be a positive whole number, not '{text}'.");
    return false;
}
