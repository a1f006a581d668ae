// Temporary copy of the eligibility contract agreed with the knowledge/eligibility branch; removed when that branch merges.
using System.Collections.Immutable;

namespace OncoExplain;

#pragma warning disable CS1591, RS0016, CA1822
public enum FindingStatus { Candidate, CandidateLater, NeedsTesting, Investigational, NotACandidate }
public enum EvidenceLevel { Level1, Level2, Level3A, Level3B, Level4, R1, R2 }
public enum CaregiverBucket { StandardOption, WorthAskingAbout, Experimental, LikelyNotHelpful }
public enum ConditionOutcome { Met, NotMet, Unknown }
public sealed record ConditionCheck(string Code, ConditionOutcome Outcome, ImmutableArray<string> Arguments);
public sealed record Finding(string TherapyId, FindingStatus Status, CaregiverBucket Bucket, EvidenceLevel? Level, ImmutableArray<string> RuleIds, ImmutableArray<ConditionCheck> Checks, ImmutableArray<string> SourceIds, ImmutableArray<string> CaveatCodes, ImmutableArray<string> MissingTests, ImmutableArray<string> DrugIds);
public sealed record RecommendedTest(string TestId, string ReasonCode, ImmutableArray<string> TherapyIds);
public sealed record EligibilityResult(ImmutableArray<Finding> Findings, ImmutableArray<RecommendedTest> NextSteps, string KnowledgeVersion);
public interface IEligibilityEngine { EligibilityResult Evaluate(TumourProfile profile); }
public sealed record Source(string Id, string Citation, string? Url, string? Trial, DateOnly? ApprovalDate);
public sealed class KnowledgeBase
{
    public static KnowledgeBase Current { get; } = new();
    public string Version => "2026.11";
    public DateOnly AsOf => new(2026, 11, 23);
    public Source? FindSource(string id) => new(id, id, null, null, null);
}
public sealed class EligibilityEngine : IEligibilityEngine
{
    public static EligibilityEngine Default { get; } = new();
    public EligibilityResult Evaluate(TumourProfile profile) => new([], [], "2026.11");
}
#pragma warning restore CS1591, RS0016, CA1822
