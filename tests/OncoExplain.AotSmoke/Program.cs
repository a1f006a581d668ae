using OncoExplain.AotSmoke;

// Usage: OncoExplain.AotSmoke PROFILE.json OUTPUT-FOLDER
// Exit codes: 0 every check passed, 1 a check failed, 2 usage error.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: OncoExplain.AotSmoke PROFILE.json OUTPUT-FOLDER");
    return 2;
}

var failures = SmokeRun.Run(args[0], args[1], Console.Out);
foreach (var failure in failures)
{
    Console.Error.WriteLine("FAIL: " + failure);
}

Console.WriteLine(failures.Count == 0 ? "aot smoke: all checks passed" : $"aot smoke: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
