using System.Collections.Immutable;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>One rule condition checked against a profile: part of the "why / why not" trace of a <see cref="Finding"/>.</summary>
/// <param name="Code">The condition, one of <see cref="ConditionCodes.All"/>.</param>
/// <param name="Outcome">Whether the profile meets it.</param>
/// <param name="Arguments">
/// Values the explainer may insert into its text, never English prose: gene symbols, protein changes in short form
/// (<c>p.G12D</c>), numbers in invariant culture (weeks, ECOG), wire names (<c>right</c>). See
/// <see cref="ConditionDefinition.Arguments"/> for what each condition passes.
/// </param>
public sealed record ConditionCheck(string Code, ConditionOutcome Outcome, ImmutableArray<string> Arguments)
{
    /// <inheritdoc />
    public bool Equals(ConditionCheck? other) =>
        other is not null
        && Code == other.Code
        && Outcome == other.Outcome
        && Sequences.Equal(Arguments, other.Arguments);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code);
        hash.Add(Outcome);
        Sequences.AddTo(ref hash, Arguments);
        return hash.ToHashCode();
    }
}
