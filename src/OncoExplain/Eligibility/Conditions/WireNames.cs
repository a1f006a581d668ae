using System.Collections.Frozen;
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

    public static string Of(TreatmentOutcome outcome) => Names<TreatmentOutcome>.Get(outcome, static o => o.ToString().ToLowerInvariant());

    public static string Of(Sidedness side) => Names<Sidedness>.Get(side, static s => s.ToString().ToLowerInvariant());

    public static string Of(MsiStatus status) => Names<MsiStatus>.Get(status, static s => "msi:" + s.ToString().ToLowerInvariant());

    public static string Of(MmrStatus status) => Names<MmrStatus>.Get(status, static s => "mmr:" + s.ToString().ToLowerInvariant());

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Variant(GeneVariant variant) => variant.Change.ToShortString();

    /// <summary>The wire name of every defined value of an enum, computed once (the same strings, without a new one per call).</summary>
    private static class Names<T>
        where T : struct, Enum
    {
        private static FrozenDictionary<T, string>? names;

        public static string Get(T value, Func<T, string> name)
        {
            var known = names ??= Enum.GetValues<T>().ToFrozenDictionary(v => v, name);
            return known.TryGetValue(value, out var text) ? text : name(value);
        }
    }
}
