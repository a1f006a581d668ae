namespace OncoExplain.Cohorts;

/// <summary>
/// Chart.js 4.6.1 (MIT licence, <c>Cohorts/Vendor/chart.js.LICENSE.md</c>), vendored from the npm package's
/// <c>dist/chart.umd.min.js</c> without its source-map comment and embedded in the assembly, so that the HTML report
/// inlines it and needs nothing from the network when viewed.
/// </summary>
internal static class ChartJsAsset
{
    private static readonly Lazy<string> Script = new(Load);

    public static string Text => Script.Value;

    private static string Load()
    {
        using var stream = typeof(ChartJsAsset).Assembly.GetManifestResourceStream("OncoExplain.Cohorts.chart.umd.min.js")
            ?? throw new InvalidOperationException("The embedded Chart.js resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
