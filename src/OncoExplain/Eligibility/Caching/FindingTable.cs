using OncoExplain.Eligibility.Conditions;

namespace OncoExplain.Eligibility.Caching;

/// <summary>
/// An engine's shared findings, keyed by what a finding is a function of: the therapy plan, the shared evaluations of every
/// condition it reads (by identity), and whether the profile records a treatment history.
/// </summary>
internal sealed class FindingTable(int capacity)
{
    private readonly BoundedSet<Entry, Probe> findings = new(new Comparer(), capacity);

    public int Count => findings.Count;

    public Finding? Find(TherapyPlan plan, bool noTreatments, ReadOnlySpan<SharedEvaluation> reads) =>
        findings.TryGet(new Probe(plan, noTreatments, reads), out var entry) ? entry.Finding : null;

    /// <summary>Keeps <paramref name="finding"/> when there is room (replacing it by an equal one another thread kept first);
    /// whether it is now shared.</summary>
    public bool TryShare(TherapyPlan plan, bool noTreatments, ReadOnlySpan<SharedEvaluation> reads, ref Finding finding)
    {
        if (!findings.TryReserve(out _))
        {
            return false;
        }

        finding = findings.Add(new Entry(plan, noTreatments, reads.ToArray(), finding)).Finding;
        return true;
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

        public override bool Equals(Probe alternate, Entry other)
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
