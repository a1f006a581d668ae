using OncoExplain.Eligibility.Conditions;

namespace OncoExplain.Eligibility.Caching;

/// <summary>An engine's shared evaluations: equal evaluations of a condition give the same <see cref="SharedEvaluation"/>.</summary>
internal sealed class EvaluationTable(int capacity)
{
    private readonly BoundedSet<SharedEvaluation, Probe> evaluations = new(new Comparer(), capacity);

    public int Count => evaluations.Count;

    public SharedEvaluation Share(int index, string code, in Evaluation evaluation)
    {
        var probe = new Probe(index, evaluation.Outcome, evaluation.MissingTest, evaluation.Arguments);
        if (evaluations.TryGet(probe, out var shared))
        {
            return shared;
        }

        return evaluations.TryReserve(out var ticket)
            ? evaluations.Add(new SharedEvaluation(ticket, index, code, evaluation))
            : new SharedEvaluation(SharedEvaluation.Unshared, index, code, evaluation);
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

        public override bool Equals(Probe alternate, SharedEvaluation other) =>
            alternate.Index == other.Index
            && alternate.Outcome == other.Outcome
            && string.Equals(alternate.MissingTest, other.MissingTest, StringComparison.Ordinal)
            && alternate.Arguments.SequenceEqual(other.Check.Arguments.AsSpan());

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
