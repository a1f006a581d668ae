namespace OncoExplain.Serialization;

/// <summary>One entry of <c>treatments</c> in the profile JSON.</summary>
public sealed class TreatmentDocument
{
    /// <summary>A known regimen or drug id, or several joined with <c>+</c> (<c>folfox+bevacizumab</c>).</summary>
    public required string Regimen { get; init; }

    /// <summary>The line of therapy for metastatic disease, 1–15.</summary>
    public int? Line { get; init; }

    /// <summary>How many weeks it was given, 0–520.</summary>
    public int? Weeks { get; init; }

    /// <summary>How it went.</summary>
    public TreatmentOutcome? Outcome { get; init; }
}
