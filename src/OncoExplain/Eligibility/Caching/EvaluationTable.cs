using OncoExplain.Eligibility.Conditions;

namespace OncoExplain.Eligibility.Caching;

/// <summary>An engine's shared evaluations: equal evaluations of a condition give the same <see cref="SharedEvaluation"/>.</summary>
internal sealed class EvaluationTable(int capacity)
{
    private const int Outcomes = 3;

    private readonly BoundedSet<SharedEvaluation, Probe> evaluations = new(new Comparer(), capacity);

    // Evaluations without argument or missing test are found by condition and outcome, without hashing.
    private readonly SharedEvaluation?[] plain = new SharedEvaluation?[ConditionEvaluator.Count * Outcomes];

    // The evaluation with arguments each condition shared last: profiles in a batch often repeat it, and comparing one
    // evaluation is cheaper than hashing its arguments.
    private readonly SharedEvaluation?[] recent = new SharedEvaluation?[ConditionEvaluator.Count];
    private int plainCount;

    public int Count => evaluations.Count + Volatile.Read(ref plainCount);

    public SharedEvaluation Share(int index, string code, in Evaluation evaluation)
    {
        if (evaluation.Arguments.IsEmpty && evaluation.MissingTest is null && (uint)index < (uint)ConditionEvaluator.Count)
        {
            return SharePlain(index, code, evaluation);
        }

        var probe = new Probe(index, evaluation.Outcome, evaluation.MissingTest, evaluation.Arguments);
        var known = (uint)index < (uint)recent.Length;
        if (known && Volatile.Read(ref recent[index]) is { } last && Comparer.Matches(probe, last))
        {
            return last;
        }

        if (!evaluations.TryGet(probe, out var shared))
        {
            if (!evaluations.TryReserve(out var ticket))
            {
                return new SharedEvaluation(SharedEvaluation.Unshared, index, code, evaluation);
            }

            shared = evaluations.Add(new SharedEvaluation(ticket, index, code, evaluation));
        }

        if (known)
        {
            Volatile.Write(ref recent[index], shared);
        }

        return shared;
    }

    private SharedEvaluation SharePlain(int index, string code, in Evaluation evaluation)
    {
        ref var slot = ref plain[(index * Outcomes) + (int)evaluation.Outcome];
        if (Volatile.Read(ref slot) is { } known)
        {
            return known;
        }

        if (!evaluations.TryReserve(out var ticket))
        {
            return new SharedEvaluation(SharedEvaluation.Unshared, index, code, evaluation);
        }

        var created = new SharedEvaluation(ticket, index, code, evaluation);
        if (Interlocked.CompareExchange(ref slot, created, null) is { } first)
        {
            return first;
        }

        Interlocked.Increment(ref plainCount);
        return created;
    }

    /// <summary>An evaluation as a key: the condition's index stands for its code.</summary>
    internal readonly ref struct Probe(int index, ConditionOutcome outcome, string? missingTest, ReadOnlySpan<string> arguments)
    {
        public int Index { get; } = index;

        public ConditionOutcome Outcome { get; } = outcome;

        public string? MissingTest { get; } = missingTest;

        public ReadOnlySpan<string> Arguments { get; } = arguments;
    }

    private sealed class Comparer : ProbeComparer<SharedEvaluation, Probe>
    {
        public override bool Equals(SharedEvaluation? x, SharedEvaluation? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Equals(ProbeOf(x), y));

        public override int GetHashCode(SharedEvaluation obj) => GetHashCode(ProbeOf(obj));

        public static bool Matches(Probe alternate, SharedEvaluation other) =>
            alternate.Index == other.Index
            && alternate.Outcome == other.Outcome
            && string.Equals(alternate.MissingTest, other.MissingTest, StringComparison.Ordinal)
            && alternate.Arguments.SequenceEqual(other.Check.Arguments.AsSpan());

        public override bool Equals(Probe alternate, SharedEvaluation other) => Matches(alternate, other);

        public override int GetHashCode(Probe alternate)
        {
            var hash = new HashCode();
            hash.Add(alternate.Index);
            hash.Add(alternate.Outcome);
            hash.Add(alternate.MissingTest);
            foreach (var argument in alternate.Arguments)
            {
                hash.Add(argument);
            }

            return hash.ToHashCode();
        }

        private static Probe ProbeOf(SharedEvaluation evaluation) =>
            new(evaluation.Index, evaluation.Outcome, evaluation.MissingTest, evaluation.Check.Arguments.AsSpan());
    }
}
