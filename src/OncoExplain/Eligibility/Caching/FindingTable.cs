using OncoExplain.Eligibility.Conditions;

namespace OncoExplain.Eligibility.Caching;

/// <summary>
/// An engine's shared findings, keyed by what a finding is a function of: the therapy plan, the shared evaluations of every
/// condition it reads (by identity), and whether the profile records a treatment history.
/// </summary>
internal sealed class FindingTable(int capacity)
{
    private readonly BoundedSet<Entry, Probe> findings = new(new Comparer(), capacity);

    // The entry each plan (by index) found or kept last: comparing its reads is cheaper than hashing them. Grown on demand;
    // a write lost to a race only costs a later lookup.
    private Entry?[] recent = new Entry?[16];

    public int Count => findings.Count;

    public Finding? Find(TherapyPlan plan, bool noTreatments, ReadOnlySpan<SharedEvaluation> reads)
    {
        var probe = new Probe(plan, noTreatments, reads);
        var slots = Volatile.Read(ref recent);
        if (plan.Index < slots.Length && Volatile.Read(ref slots[plan.Index]) is { } last && Comparer.Matches(probe, last))
        {
            return last.Finding;
        }

        if (!findings.TryGet(probe, out var entry))
        {
            return null;
        }

        Remember(entry);
        return entry.Finding;
    }

    /// <summary>Keeps <paramref name="finding"/> when there is room (replacing it by an equal one another thread kept first);
    /// whether it is now shared.</summary>
    public bool TryShare(TherapyPlan plan, bool noTreatments, ReadOnlySpan<SharedEvaluation> reads, ref Finding finding)
    {
        if (!findings.TryReserve(out _))
        {
            return false;
        }

        var entry = findings.Add(new Entry(plan, noTreatments, reads.ToArray(), finding));
        Remember(entry);
        finding = entry.Finding;
        return true;
    }

    private void Remember(Entry entry)
    {
        var index = entry.Plan.Index;
        var slots = Volatile.Read(ref recent);
        if (index >= slots.Length)
        {
            var grown = new Entry?[Math.Max(index + 1, slots.Length * 2)];
            slots.CopyTo(grown, 0);
            Volatile.Write(ref recent, grown);
            slots = grown;
        }

        Volatile.Write(ref slots[index], entry);
    }

    internal readonly ref struct Probe(TherapyPlan plan, bool noTreatments, ReadOnlySpan<SharedEvaluation> reads)
    {
        public TherapyPlan Plan { get; } = plan;

        public bool NoTreatments { get; } = noTreatments;

        public ReadOnlySpan<SharedEvaluation> Reads { get; } = reads;
    }

    private sealed class Entry(TherapyPlan plan, bool noTreatments, SharedEvaluation[] reads, Finding finding)
    {
        public TherapyPlan Plan { get; } = plan;

        public bool NoTreatments { get; } = noTreatments;

        public SharedEvaluation[] Reads { get; } = reads;

        public Finding Finding { get; } = finding;
    }

    private sealed class Comparer : ProbeComparer<Entry, Probe>
    {
        public override bool Equals(Entry? x, Entry? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Equals(ProbeOf(x), y));

        public override int GetHashCode(Entry obj) => GetHashCode(ProbeOf(obj));

        public override bool Equals(Probe alternate, Entry other) => Matches(alternate, other);

        public static bool Matches(Probe alternate, Entry other)
        {
            if (alternate.Plan != other.Plan || alternate.NoTreatments != other.NoTreatments || alternate.Reads.Length != other.Reads.Length)
            {
                return false;
            }

            for (var i = 0; i < alternate.Reads.Length; i++)
            {
                if (!ReferenceEquals(alternate.Reads[i], other.Reads[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override int GetHashCode(Probe alternate)
        {
            var hash = new HashCode();
            hash.Add(alternate.Plan.Index);
            hash.Add(alternate.NoTreatments);
            foreach (var read in alternate.Reads)
            {
                hash.Add(read.Id);
            }

            return hash.ToHashCode();
        }

        private static Probe ProbeOf(Entry entry) => new(entry.Plan, entry.NoTreatments, entry.Reads);
    }
}
