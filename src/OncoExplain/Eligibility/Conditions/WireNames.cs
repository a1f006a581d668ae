using System.Collections.Frozen;
using System.Globalization;

namespace OncoExplain.Eligibility.Conditions;

/// <summary>Wire names of profile values used as check arguments (the same spellings as the profile JSON).</summary>
internal static class WireNames
{
    private const int MemoCapacity = 4096;

    // Every count, age, ECOG and week number a profile can hold.
    private static readonly string[] SmallNumbers =
        [.. Enumerable.Range(0, TreatmentCourse.MaxWeeks + 1).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    private static readonly TextMemo<long> Decimals =
        new(static bits => BitConverter.Int64BitsToDouble(bits).ToString("0.##", CultureInfo.InvariantCulture), MemoCapacity);

    private static readonly TextMemo<ProteinChange> ShortChanges = new(static change => change.ToShortString(), MemoCapacity);

    private static readonly TextMemo<GeneFusion> Fusions = new(static fusion => fusion.ToString(), MemoCapacity);

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

    public static string Of(MetastaticSite site) => Names<MetastaticSite>.Get(site, static s => s switch
    {
        MetastaticSite.DistantLymphNodes => "distant-lymph-nodes",
        _ => s.ToString().ToLowerInvariant(),
    });

    public static string Of(TreatmentOutcome outcome) => Names<TreatmentOutcome>.Get(outcome, static o => o.ToString().ToLowerInvariant());

    public static string Of(Sidedness side) => Names<Sidedness>.Get(side, static s => s.ToString().ToLowerInvariant());

    public static string Of(MsiStatus status) => Names<MsiStatus>.Get(status, static s => "msi:" + s.ToString().ToLowerInvariant());

    public static string Of(MmrStatus status) => Names<MmrStatus>.Get(status, static s => "mmr:" + s.ToString().ToLowerInvariant());

    public static string Number(int value) =>
        (uint)value < (uint)SmallNumbers.Length ? SmallNumbers[value] : value.ToString(CultureInfo.InvariantCulture);

    // Keyed by the bits, not the value: -0.0 equals 0.0 but is written "-0".
    public static string Number(double value) => Decimals.Get(BitConverter.DoubleToInt64Bits(value));

    public static string Variant(GeneVariant variant) => ShortChanges.Get(variant.Change);

    public static string Of(GeneFusion fusion) => fusion.LoneGene ?? Fusions.Get(fusion);

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
