using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>One course of treatment in the profile's history.</summary>
public sealed record TreatmentCourse
{
    /// <summary>The most lines of therapy a course may be numbered with.</summary>
    public const int MaxLine = 15;

    /// <summary>The longest course, in weeks, accepted (ten years).</summary>
    public const int MaxWeeks = 520;

    /// <summary>Creates a course.</summary>
    /// <param name="regimen">What was given.</param>
    /// <param name="line">The line of therapy for metastatic disease (1 = first line), or <see langword="null"/> when unknown.</param>
    /// <param name="weeks">How many weeks it was given, or <see langword="null"/> when unknown.</param>
    /// <param name="outcome">How it went, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regimen"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is outside 1–15 or <paramref name="weeks"/> outside 0–520.</exception>
    public TreatmentCourse(Regimen regimen, int? line = null, int? weeks = null, TreatmentOutcome? outcome = null)
    {
        ArgumentNullException.ThrowIfNull(regimen);
        Regimen = regimen;
        Line = Preconditions.CheckRange(line, 1, MaxLine);
        Weeks = Preconditions.CheckRange(weeks, 0, MaxWeeks);
        Outcome = Preconditions.CheckDefined(outcome);
    }

    /// <summary>What was given.</summary>
    public Regimen Regimen { get; }

    /// <summary>The line of therapy (1 = first line), or <see langword="null"/>.</summary>
    public int? Line { get; }

    /// <summary>How many weeks it was given, or <see langword="null"/>.</summary>
    public int? Weeks { get; }

    /// <summary>How it went, or <see langword="null"/>.</summary>
    public TreatmentOutcome? Outcome { get; }
}
