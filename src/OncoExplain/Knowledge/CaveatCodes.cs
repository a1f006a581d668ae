using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>The stable codes of caveats on findings. Descriptions and sources are in <see cref="KnowledgeBase.Caveats"/>.</summary>
public static class CaveatCodes
{
    /// <summary>Performance status (ECOG) is not in the profile; the trial fitness limit could not be checked.</summary>
    public const string FitnessNotRecorded = "fitness-not-recorded";

    /// <summary>Age is not in the profile; the trial age limit could not be checked.</summary>
    public const string AgeNotRecorded = "age-not-recorded";

    /// <summary>No surgical judgement on the liver metastases is recorded yet.</summary>
    public const string ResectabilityNotYetAssessed = "resectability-not-yet-assessed";

    /// <summary>No treatment history is recorded; the profile is read as not yet treated for metastatic disease.</summary>
    public const string NoTreatmentHistoryRecorded = "no-treatment-history-recorded";

    /// <summary>FOLFIRINOX eligibility also needs bilirubin at most 1.5 times the upper limit of normal.</summary>
    public const string BilirubinLimit = "bilirubin-limit";

    /// <summary>The trial used Karnofsky ≥70, read here as roughly ECOG 0–2.</summary>
    public const string KarnofskyApproximation = "karnofsky-approximation";

    /// <summary>Use in later lines is not covered by the encoded evidence.</summary>
    public const string LaterLineUseNotCovered = "later-line-use-not-covered";

    /// <summary>Liposomal irinotecan is not approved as a single agent.</summary>
    public const string NotApprovedAsSingleAgent = "not-approved-as-single-agent";

    /// <summary>The label carries a boxed warning.</summary>
    public const string BoxedWarning = "boxed-warning";

    /// <summary>The benefit shown was longer progression-free survival, not longer overall survival.</summary>
    public const string ProgressionFreeNotOverallSurvival = "progression-free-not-overall-survival";

    /// <summary>A somatic-only BRCA or PALB2 variant is not the label's criterion; germline testing settles it.</summary>
    public const string SomaticBrcaNotTheLabel = "somatic-brca-not-the-label";

    /// <summary>The evidence is retrospective; not an FDA-labelled use.</summary>
    public const string RetrospectiveEvidence = "retrospective-evidence";

    /// <summary>RNA-based testing detects these fusions better than DNA-only testing.</summary>
    public const string RnaTestingPreferred = "rna-testing-preferred";

    /// <summary>FDA accelerated approval: continued approval depends on confirmatory data.</summary>
    public const string AcceleratedApproval = "accelerated-approval";

    /// <summary>No FDA indication in this cancer was found.</summary>
    public const string NoFdaIndicationInThisCancer = "no-fda-indication-in-this-cancer";

    /// <summary>No approval was found in the stored material; available only in trials or expanded access.</summary>
    public const string NoApprovalFound = "no-approval-found";

    /// <summary>The figures come from secondary sources only and may change.</summary>
    public const string SecondarySourcesOnly = "secondary-sources-only";

    /// <summary>After earlier anti-EGFR therapy, re-treatment is studied with ctDNA selection; not an FDA-labelled use.</summary>
    public const string RechallengeGuidedByCtdna = "rechallenge-guided-by-ctdna";

    /// <summary>HER2 amplification has been associated with resistance to cetuximab.</summary>
    public const string Her2MayReduceAntiEgfrBenefit = "her2-may-reduce-anti-egfr-benefit";

    /// <summary>The tumour is also MSI-high or dMMR, so checkpoint-inhibitor findings are relevant too.</summary>
    public const string MsiHighImmunotherapyAlsoRelevant = "msi-high-immunotherapy-also-relevant";

    /// <summary>POLE is context only: there is no POLE-specific approval; eligibility goes through TMB or MSI/MMR.</summary>
    public const string PoleContextOnly = "pole-context-only";

    /// <summary>MSI and MMR results disagree; worth a second look.</summary>
    public const string MsiMmrDiscordant = "msi-mmr-discordant";

    /// <summary>Responses in the pancreatic cohort were less frequent than across all tumours.</summary>
    public const string LowerResponseInPancreatic = "lower-response-in-pancreatic";

    /// <summary>The tumour-agnostic label asks that there be no satisfactory alternative treatment.</summary>
    public const string NoSatisfactoryAlternativeRequired = "no-satisfactory-alternative-required";

    /// <summary>Larotrectinib's label requires no known acquired resistance mutation.</summary>
    public const string NoKnownAcquiredResistanceMutation = "no-known-acquired-resistance-mutation";

    /// <summary>After a prior TRK inhibitor, repotrectinib is the TRK inhibitor with data.</summary>
    public const string RepotrectinibAfterPriorTrkInhibitor = "repotrectinib-after-prior-trk-inhibitor";

    /// <summary>The trials excluded ECOG above 1 and earlier lung inflammation (ILD) needing steroids.</summary>
    public const string TrialsExcludedEcogAbove1OrPriorIld = "trials-excluded-ecog-above-1-or-prior-ild";

    /// <summary>KRAS G12C inhibitors alone have limited activity in colorectal cancer; both approved regimens pair them with EGFR blockade.</summary>
    public const string EgfrCoBlockadeRequired = "egfr-co-blockade-required";

    /// <summary>Every caveat code, in catalogue order.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        FitnessNotRecorded, AgeNotRecorded, ResectabilityNotYetAssessed, NoTreatmentHistoryRecorded, BilirubinLimit,
        KarnofskyApproximation, LaterLineUseNotCovered, NotApprovedAsSingleAgent, BoxedWarning, ProgressionFreeNotOverallSurvival,
        SomaticBrcaNotTheLabel, RetrospectiveEvidence, RnaTestingPreferred, AcceleratedApproval, NoFdaIndicationInThisCancer,
        NoApprovalFound, SecondarySourcesOnly, RechallengeGuidedByCtdna, Her2MayReduceAntiEgfrBenefit, MsiHighImmunotherapyAlsoRelevant,
        PoleContextOnly, MsiMmrDiscordant, LowerResponseInPancreatic, NoSatisfactoryAlternativeRequired,
        NoKnownAcquiredResistanceMutation, RepotrectinibAfterPriorTrkInhibitor, TrialsExcludedEcogAbove1OrPriorIld, EgfrCoBlockadeRequired,
    ];
}
