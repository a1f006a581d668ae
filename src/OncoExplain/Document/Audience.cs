namespace OncoExplain;

/// <summary>Who the explanation is written for.</summary>
public enum Audience
{
    /// <summary>Family and friends: plain words, analogies, no jargon without a definition (the default).</summary>
    Caregiver,

    /// <summary>Clinicians: denser, with evidence levels, trial names, rule ids and identifiers.</summary>
    Clinician,
}
