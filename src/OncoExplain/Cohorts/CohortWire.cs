namespace OncoExplain.Cohorts;

/// <summary>Wire names of the batch output that the core wire names do not cover, and their reverse lookups.</summary>
internal static class CohortWire
{
    public static string Of(TestResult result) => result switch
    {
        TestResult.Positive => "positive",
        TestResult.Negative => "negative",
        TestResult.Inconclusive => "inconclusive",
        _ => "not-tested",
    };

    public static TestResult? ParseTestResult(string? text) => text switch
    {
        "positive" => TestResult.Positive,
        "negative" => TestResult.Negative,
        "inconclusive" => TestResult.Inconclusive,
        "not-tested" => TestResult.NotTested,
        _ => null,
    };

    public static FindingStatus? ParseStatus(string? text) => text switch
    {
        "candidate" => FindingStatus.Candidate,
        "candidate-later" => FindingStatus.CandidateLater,
        "needs-testing" => FindingStatus.NeedsTesting,
        "investigational" => FindingStatus.Investigational,
        "not-a-candidate" => FindingStatus.NotACandidate,
        _ => null,
    };

    public static CancerType? ParseCancer(string? text) => text switch
    {
        "colorectal" => CancerType.Colorectal,
        "pancreatic" => CancerType.Pancreatic,
        _ => null,
    };
}
