using System.Globalization;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>Wire names of profile values used as check arguments (the same spellings as the profile JSON).</summary>
internal static class WireNames
{
    public static string Of(Her2Status status) => status switch
    {
        Her2Status.Ihc3Plus => "ihc3+",
        Her2Status.Ihc2PlusIshPositive => "ihc2+/ish+",
        Her2Status.Ihc2PlusIshNegative => "ihc2+/ish-",
        Her2Status.Ihc2Plus => "ihc2+",
        Her2Status.Ihc1Plus => "ihc1+",
        Her2Status.Ihc0 => "ihc0",
        Her2Status.Amplified => "amplified",
        _ => "not-amplified",
    };

    public static string Of(MetastaticSite site) => site switch
    {
        MetastaticSite.DistantLymphNodes => "distant-lymph-nodes",
        _ => site.ToString().ToLowerInvariant(),
    };

    public static string Of(TreatmentOutcome outcome) => outcome.ToString().ToLowerInvariant();

    public static string Of(Sidedness side) => side.ToString().ToLowerInvariant();

    public static string Of(MsiStatus status) => "msi:" + status.ToString().ToLowerInvariant();

    public static string Of(MmrStatus status) => "mmr:" + status.ToString().ToLowerInvariant();

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Variant(GeneVariant variant) => variant.Change.ToShortString();
}
