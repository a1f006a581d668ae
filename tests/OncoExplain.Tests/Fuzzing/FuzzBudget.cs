using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace OncoExplain.Tests.Fuzzing;

/// <summary>
/// How many cases each fuzz property runs. CI runs the base counts (over 10,000 cases in all); set
/// <c>ONCOEXPLAIN_FUZZ_SCALE=100</c> (any positive whole number) for a long run with that many times more cases.
/// Every run writes its cases and time to the test output.
/// </summary>
internal static class FuzzBudget
{
    public const string Variable = "ONCOEXPLAIN_FUZZ_SCALE";

    public static int Scale { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    /// <summary>Checks a property on <paramref name="cases"/> × <see cref="Scale"/> generated values; throws with the shrunk counterexample on failure.</summary>
    public static void Check<T>(Arbitrary<T> arbitrary, int cases, Func<T, bool> property, ITestOutputHelper output, string what)
    {
        var total = cases * Scale;
        var clock = Stopwatch.StartNew();
        var config = Config.QuickThrowOnFailure.WithMaxTest(total).WithQuietOnSuccess(true).WithEndSize(200);
        Prop.ForAll(arbitrary, property).Check(config);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {total} cases in {clock.Elapsed.TotalSeconds:0.0} s (scale {Scale}, {Variable})"));
    }
}
