using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace OncoExplain.Eligibility.Caching;

/// <summary>
/// An engine's shared result parts: the findings array and the next steps, keyed by the shared findings (by identity) and
/// the <see cref="NextStepFacts"/>, which together decide the next steps.
/// </summary>
internal sealed class ResultTable(int capacity)
{
    private readonly BoundedSet<Parts, Probe> results = new(new Comparer(), capacity);

    public int Count => results.Count;

    public Parts? Find(NextStepFacts facts, ReadOnlySpan<Finding> findings) =>
        results.TryGet(new Probe(facts, findings), out var parts) ? parts : null;

    /// <summary>Keeps the parts when there is room, or gives the equal parts another thread kept first; the parts to use.</summary>
    public Parts Share(Parts parts) => results.TryReserve(out _) ? results.Add(parts) : parts;

    /// <summary>The findings and next steps of one result.</summary>
    internal sealed class Parts(NextStepFacts facts, ImmutableArray<Finding> findings, ImmutableArray<RecommendedTest> nextSteps)
    {
        public NextStepFacts Facts { get; } = facts;

        public ImmutableArray<Finding> Findings { get; } = findings;

        public ImmutableArray<RecommendedTest> NextSteps { get; } = nextSteps;
    }

    internal readonly ref struct Probe(NextStepFacts facts, ReadOnlySpan<Finding> findings)
    {
        public NextStepFacts Facts { get; } = facts;

        public ReadOnlySpan<Finding> Findings { get; } = findings;
    }

    private sealed class Comparer : ProbeComparer<Parts, Probe>
    {
        public override bool Equals(Parts? x, Parts? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Equals(ProbeOf(x), y));

        public override int GetHashCode(Parts obj) => GetHashCode(ProbeOf(obj));

        public override bool Equals(Probe alternate, Parts other)
        {
            if (alternate.Facts != other.Facts || alternate.Findings.Length != other.Findings.Length)
            {
                return false;
            }

            for (var i = 0; i < alternate.Findings.Length; i++)
            {
                if (!ReferenceEquals(alternate.Findings[i], other.Findings[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override int GetHashCode(Probe alternate)
        {
            var hash = new HashCode();
            hash.Add(alternate.Facts);
            foreach (var finding in alternate.Findings)
            {
                hash.Add(RuntimeHelpers.GetHashCode(finding));
            }

            return hash.ToHashCode();
        }

        private static Probe ProbeOf(Parts parts) => new(parts.Facts, parts.Findings.AsSpan());
    }
}
