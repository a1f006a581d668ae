namespace OncoExplain;

/// <summary>Turns a profile into findings: which therapies may be options, now or later, which are ruled out and why, and what to test next.</summary>
public interface IEligibilityEngine
{
    /// <summary>Evaluates every rule relevant to the profile's cancer.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The findings and next steps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is <see langword="null"/>.</exception>
    EligibilityResult Evaluate(TumourProfile profile);
}
