using System.Collections.Immutable;
using static OncoExplain.CaveatCodes;

namespace OncoExplain.Knowledge.Data;

/// <summary>Descriptions and sources of the caveat codes.</summary>
internal static class CaveatDefinitions
{
    public static ImmutableArray<CodeDefinition> All { get; } =
    [
        new(FitnessNotRecorded, "ECOG performance status is not in the profile; the trial fitness limit could not be checked.", []),
        new(AgeNotRecorded, "Age is not in the profile; the trial age limit could not be checked.", []),
        new(ResectabilityNotYetAssessed, "No liver-surgery judgement is recorded; the assessment itself is the option.", []),
        new(NoTreatmentHistoryRecorded, "No treatment history is recorded; the profile is read as not yet treated for metastatic disease.", []),
        new(BilirubinLimit, "FOLFIRINOX eligibility also needs bilirubin at most 1.5 x ULN; biliary stenting often comes first.", ["P1c"]),
        new(KarnofskyApproximation, "MPACT used Karnofsky ≥70, read here as roughly ECOG 0–2.", ["P2"]),
        new(LaterLineUseNotCovered, "The encoded evidence covers first-line use; later-line sequencing conventions were not verified and are not encoded.", ["P1", "P2", "P3"]),
        new(NotApprovedAsSingleAgent, "Liposomal irinotecan is approved with fluorouracil/leucovorin, not alone (the NAPOLI-1 single-agent arm did not meet its endpoint).", ["P4"]),
        new(BoxedWarning, "The label carries a boxed warning (nal-IRI: severe neutropenia and diarrhoea; zenocutuzumab: embryo-fetal toxicity).", ["P4", "P11"]),
        new(ProgressionFreeNotOverallSurvival, "POLO improved progression-free survival (7.4 vs 3.8 months) but not overall survival.", ["P5"]),
        new(SomaticBrcaNotTheLabel, "A somatic-only BRCA or PALB2 finding is not the olaparib label criterion (germline BRCA1/2); germline testing may settle it.", ["P5"]),
        new(RetrospectiveEvidence, "Supported by retrospective series only; not an FDA-labelled indication.", ["P6", "P6b"]),
        new(RnaTestingPreferred, "RNA-based NGS detects NRG1 and other kinase fusions better than DNA-only testing.", ["P11c", "P10"]),
        new(AcceleratedApproval, "FDA accelerated approval: continued approval may depend on confirmatory trials.", []),
        new(NoFdaIndicationInThisCancer, "No FDA indication in this cancer was found; trial or off-label evidence only.", ["P12"]),
        new(NoApprovalFound, "No regulatory approval was found in the stored material; access is through trials or expanded access.", ["P14"]),
        new(SecondarySourcesOnly, "The figures come from secondary sources only and differ slightly between outlets; re-check against the primary publication.", ["P14"]),
        new(RechallengeGuidedByCtdna, "After earlier anti-EGFR therapy, re-treatment selected by ctDNA without RAS/EGFR resistance mutations was studied (CHRONOS); not FDA-labelled.", ["C25"]),
        new(Her2MayReduceAntiEgfrBenefit, "HER2 amplification has been associated with cetuximab resistance in colorectal cancer (review evidence).", ["C12b"]),
        new(MsiHighImmunotherapyAlsoRelevant, "The tumour is also MSI-high/dMMR; BREAKWATER excluded patients who were immunotherapy candidates. No precedence rule is encoded.", ["C8d"]),
        new(PoleContextOnly, "No POLE-specific approval exists; only exonuclease-domain (proofreading) variants were linked to anti-PD-1 response. Eligibility goes through TMB-high or MSI/MMR.", ["C17c", "T2", "C17b"]),
        new(MsiMmrDiscordant, "MSI and MMR results disagree; a second look at the testing may be worthwhile.", ["C3"]),
        new(LowerResponseInPancreatic, "In KEYNOTE-158 the pancreatic cohort response rate was about 18%, lower than across all tumours.", ["P8"]),
        new(NoSatisfactoryAlternativeRequired, "The tumour-agnostic label asks that there be no satisfactory alternative treatment.", ["T1", "T2", "T3", "T4", "T7", "T8", "T9"]),
        new(NoKnownAcquiredResistanceMutation, "Larotrectinib's label requires an NTRK fusion without a known acquired resistance mutation.", ["T4"]),
        new(RepotrectinibAfterPriorTrkInhibitor, "Repotrectinib has data after a prior TRK inhibitor (response rate 50% in TRIDENT-1).", ["T6"]),
        new(TrialsExcludedEcogAbove1OrPriorIld, "The trastuzumab deruxtecan trials excluded ECOG above 1 and earlier interstitial lung disease needing steroids.", ["T9"]),
        new(EgfrCoBlockadeRequired, "KRAS G12C inhibitors alone have limited activity in colorectal cancer; both approved regimens add an EGFR antibody.", ["C9b"]),
    ];
}
