namespace OncoExplain.Tests.Integration;

/// <summary>An integrator's own eligibility engine: delegates to the default one and counts the calls.</summary>
internal sealed class RecordingEngine : IEligibilityEngine
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public EligibilityResult Evaluate(TumourProfile profile)
    {
        Interlocked.Increment(ref _calls);
        return EligibilityEngine.Default.Evaluate(profile);
    }
}
