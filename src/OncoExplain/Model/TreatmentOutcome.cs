namespace OncoExplain;

/// <summary>How a course of treatment went.</summary>
public enum TreatmentOutcome
{
    /// <summary>The cancer shrank.</summary>
    Response,

    /// <summary>The cancer stayed the same size.</summary>
    Stable,

    /// <summary>The cancer grew or spread during or after the treatment.</summary>
    Progression,

    /// <summary>The treatment is still going on.</summary>
    Ongoing,

    /// <summary>The treatment was stopped for another reason (side effects, choice).</summary>
    Stopped,
}
