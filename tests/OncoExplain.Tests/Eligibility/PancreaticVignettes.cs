using static OncoExplain.ConditionCodes;
using static OncoExplain.FindingStatus;
using static OncoExplain.Tests.Eligibility.ProfileBuilder;
using static OncoExplain.TherapyIds;

namespace OncoExplain.Tests.Eligibility;

/// <summary>Pancreatic vignettes (fact sheet §1, §3, §7.1).</summary>
internal static class PancreaticVignettes
{
    private const ConditionOutcome Met = ConditionOutcome.Met;
    private const ConditionOutcome NotMet = ConditionOutcome.NotMet;
    private const ConditionOutcome Unknown = ConditionOutcome.Unknown;

    public static Vignette[] All { get; } =
    [
        new("pdac-fit-untreated", "§1.1 R-P1, R-P2; §7.1", () => Pdac().Ecog(0).Age(60).Variant("KRAS", "p.G12D").Build(),
        [
            new(Folfirinox, Candidate) { Drug = "folfirinox", Caveat = CaveatCodes.BilirubinLimit, Check = Ecog01, Outcome = Met, Arguments = "0" },
            new(Nalirifox, Candidate),
            new(GemcitabineNabPaclitaxel, Candidate) { Caveat = CaveatCodes.KarnofskyApproximation },
            new(NalIriFluorouracil, CandidateLater) { Check = PriorGemcitabineBasedTherapy, Outcome = NotMet, Arguments = "gemcitabine" },
            new(AntiEgfr, NotACandidate) { Absent = true },
            new(LiverSurgery, NotACandidate) { Absent = true },
        ],
        [new(TestIds.GermlinePanel, ReasonCodes.RecommendedForEveryone, 0), new(TestIds.MsiMmr, ReasonCodes.RecommendedBeforeTreatmentChoice, 1)]),
        new("pdac-ecog-2", "§1.1 (FOLFIRINOX/NALIRIFOX tested in ECOG 0–1; MPACT KPS ≥70)", () => Pdac().Ecog(2).Build(),
        [
            new(Folfirinox, NotACandidate) { Check = Ecog01, Outcome = NotMet, Arguments = "2" },
            new(Nalirifox, NotACandidate) { Check = Ecog01, Outcome = NotMet },
            new(GemcitabineNabPaclitaxel, Candidate) { Check = Ecog02, Outcome = Met },
        ]),
        new("pdac-ecog-3", "§1.1 MPACT", () => Pdac().Ecog(3).Build(),
        [
            new(GemcitabineNabPaclitaxel, NotACandidate) { Check = Ecog02, Outcome = NotMet, Arguments = "3" },
        ]),
        new("pdac-age-78", "§1.1 PRODIGE 4 (age 18–75)", () => Pdac().Ecog(1).Age(78).Build(),
        [
            new(Folfirinox, NotACandidate) { Check = Age75OrYounger, Outcome = NotMet, Arguments = "78" },
            new(Nalirifox, Candidate),
        ]),
        new("pdac-fitness-unknown", "§1.1 (unknown fitness is not negative)", () => Pdac().Ecog(null).Age(null).Build(),
        [
            new(Folfirinox, Candidate) { Caveat = CaveatCodes.FitnessNotRecorded, Check = Ecog01, Outcome = Unknown },
            new(Nalirifox, Candidate) { Caveat = CaveatCodes.FitnessNotRecorded },
        ]),
        new("pdac-after-folfirinox", "§1.1/§1.2 (later-line sequencing not encoded)", () => Pdac().Treated("folfirinox", 1, 20).Build(),
        [
            new(Folfirinox, NotACandidate) { Check = NoPriorMetastaticTherapy, Outcome = NotMet, Caveat = CaveatCodes.LaterLineUseNotCovered },
            new(GemcitabineNabPaclitaxel, NotACandidate) { Caveat = CaveatCodes.LaterLineUseNotCovered },
            new(NalIriFluorouracil, CandidateLater),
        ]),
        new("pdac-after-gemcitabine-nab-paclitaxel", "§1.2 R-P3", () => Pdac().Treated("gemcitabine-nab-paclitaxel", 1, 16).Build(),
        [
            new(NalIriFluorouracil, Candidate) { Drug = "nal-iri-fluorouracil", Caveat = CaveatCodes.NotApprovedAsSingleAgent },
        ]),
        new("pdac-gbrca2-18-weeks-stable", "§1.3 R-P4", () => Pdac().Germline("BRCA2", "p.S1982Rfs*22").Treated("folfirinox", 1, 18, TreatmentOutcome.Stable).Build(),
        [
            new(ParpMaintenance, Candidate) { Drug = "olaparib", Level = EvidenceLevel.Level1, Caveat = CaveatCodes.ProgressionFreeNotOverallSurvival, Check = Platinum16WeeksWithoutProgression, Outcome = Met, Arguments = "18 16" },
        ]),
        new("pdac-gbrca1-10-weeks-ongoing", "§1.3 (before 16 weeks)", () => Pdac().Germline("BRCA1", "p.E1836fs").Treated("folfirinox", 1, 10, TreatmentOutcome.Ongoing).Build(),
        [
            new(ParpMaintenance, CandidateLater) { Check = Platinum16WeeksWithoutProgression, Outcome = NotMet, Arguments = "10 16" },
        ]),
        new("pdac-gbrca2-progression-on-platinum", "§5 (progression on platinum → not eligible)", () => Pdac().Germline("BRCA2", "p.S1982Rfs*22").Treated("folfirinox", 1, 20, TreatmentOutcome.Progression).Build(),
        [
            new(ParpMaintenance, NotACandidate) { Check = NoProgressionOnFirstLinePlatinum, Outcome = NotMet },
        ]),
        new("pdac-gbrca2-after-gemcitabine", "§1.3 (first-line platinum required)", () => Pdac().Germline("BRCA2", "p.S1982Rfs*22").Treated("gemcitabine-nab-paclitaxel", 1, 20, TreatmentOutcome.Stable).Build(),
        [
            new(ParpMaintenance, NotACandidate) { Check = FirstLinePlatinum, Outcome = NotMet, Arguments = "gemcitabine-nab-paclitaxel" },
        ]),
        new("pdac-gbrca2-outcome-unknown", "§1.3 (no progression must be known)", () => Pdac().Germline("BRCA2", "p.S1982Rfs*22").Treated("nalirifox", 1, 20, null).Build(),
        [
            new(ParpMaintenance, CandidateLater) { Check = Platinum16WeeksWithoutProgression, Outcome = Unknown },
        ]),
        new("pdac-somatic-brca2-only", "§1.3 (somatic-only is not the label)", () => Pdac().Variant("BRCA2", "p.S1982Rfs*22").Treated("folfirinox", 1, 20, TreatmentOutcome.Stable).Build(),
        [
            new(ParpMaintenance, NeedsTesting) { Missing = TestIds.GermlinePanel, Caveat = CaveatCodes.SomaticBrcaNotTheLabel, Check = GermlineBrca, Outcome = Unknown },
        ],
        [new(TestIds.GermlinePanel, ReasonCodes.RecommendedForEveryone, 0)]),
        new("pdac-gbrca-untreated", "§1.3, §1.4 R-P5", () => Pdac().Germline("BRCA1", "p.E1836fs").Build(),
        [
            new(ParpMaintenance, CandidateLater) { Caveat = CaveatCodes.NoTreatmentHistoryRecorded },
            new(PlatinumChemotherapy, Candidate) { Drug = "folfirinox", Level = EvidenceLevel.Level3A, Caveat = CaveatCodes.RetrospectiveEvidence },
        ]),
        new("pdac-gpalb2-untreated", "§1.4 R-P5 (PALB2)", () => Pdac().Germline("PALB2", "p.Q775*").Negative("BRCA1", "BRCA2").Build(),
        [
            new(PlatinumChemotherapy, Candidate) { Check = GermlineBrcaOrPalb2, Outcome = Met, Arguments = "PALB2 p.Q775*" },
            new(ParpMaintenance, NotACandidate) { Check = GermlineBrca, Outcome = NotMet },
        ]),
        new("pdac-brca-palb2-negative", "§1.4", () => Pdac().Negative("BRCA1", "BRCA2", "PALB2").Build(),
        [
            new(PlatinumChemotherapy, NotACandidate) { Check = GermlineBrcaOrPalb2, Outcome = NotMet },
            new(ParpMaintenance, NotACandidate),
        ]),
        new("pdac-kras-g12c-pretreated", "§1.8 R-P7", () => Pdac().Variant("KRAS", "p.G12C").Treated("gemcitabine-nab-paclitaxel", 1).Build(),
        [
            new(KrasG12cTargeted, Investigational) { Caveat = CaveatCodes.NoFdaIndicationInThisCancer, Level = EvidenceLevel.Level3A, Drug = "sotorasib" },
        ]),
        new("pdac-kras-g12c-untreated", "§1.8", () => Pdac().Variant("KRAS", "p.G12C").Build(),
        [
            new(KrasG12cTargeted, Investigational) { Check = PriorSystemicTherapy, Outcome = NotMet },
        ]),
        new("pdac-kras-g12d-pretreated", "§1.9 R-P8 (investigational only)", () => Pdac().Variant("KRAS", "p.G12D").Treated("folfirinox", 1).Build(),
        [
            new(KrasG12cTargeted, NotACandidate) { Check = KrasG12cPresent, Outcome = NotMet, Arguments = "KRAS p.G12D" },
            new(RasOnInhibitor, Investigational) { Caveat = CaveatCodes.NoApprovalFound, Drug = "daraxonrasib" },
        ]),
        new("pdac-kras-untested", "§7.1 (tumour profiling)", () => Pdac().Build(),
        [
            new(KrasG12cTargeted, NeedsTesting) { Missing = TestIds.TumourNgs },
            new(RasOnInhibitor, NeedsTesting) { Missing = TestIds.TumourNgs },
            new(ParpMaintenance, NeedsTesting) { Missing = TestIds.GermlinePanel },
        ],
        [new(TestIds.GermlinePanel, ReasonCodes.RecommendedForEveryone, 0), new(TestIds.TumourNgs, ReasonCodes.RecommendedBeforeTreatmentChoice, 1), new(TestIds.MsiMmr, ReasonCodes.RecommendedBeforeTreatmentChoice, 2)]),
        new("pdac-kras-wild-type", "§1.7 P10 (RNA fusion testing for KRAS WT)", () => Pdac().Negative("KRAS", "NRAS").Build(),
        [
            new(RasOnInhibitor, NotACandidate) { Check = RasMutant, Outcome = NotMet },
            new(Nrg1Targeted, NeedsTesting) { Missing = TestIds.RnaFusion },
        ],
        [new(TestIds.RnaFusion, ReasonCodes.RecommendedWhenKrasWildType)]),
        new("pdac-nrg1-pretreated", "§1.7 R-P6", () => Pdac().Negative("KRAS").Fusion("CD74::NRG1").Treated("gemcitabine-nab-paclitaxel", 1).Build(),
        [
            new(Nrg1Targeted, Candidate) { Drug = "zenocutuzumab", Caveat = CaveatCodes.RnaTestingPreferred, Check = Nrg1Fusion, Outcome = Met, Arguments = "CD74::NRG1" },
        ]),
        new("pdac-nrg1-untreated", "§1.7 (after prior systemic therapy)", () => Pdac().Fusion("NRG1").Build(),
        [
            new(Nrg1Targeted, CandidateLater),
        ]),
        new("pdac-nrg1-negative", "§1.7", () => Pdac().Negative("NRG1").Treated("folfirinox", 1).Build(),
        [
            new(Nrg1Targeted, NotACandidate),
        ]),
        new("pdac-braf-v600e-pretreated", "§1.7, §3 R-A5", () => Pdac().Negative("KRAS").Variant("BRAF", "p.V600E").Treated("folfirinox", 1).Build(),
        [
            new(BrafTargeted, Candidate) { Drug = "dabrafenib+trametinib", Rule = "braf-tumour-agnostic", Check = NotColorectalCancer, Outcome = Met },
        ]),
        new("pdac-braf-v600e-untreated", "§3 (after prior treatment)", () => Pdac().Variant("BRAF", "p.V600E").Build(),
        [
            new(BrafTargeted, CandidateLater),
        ]),
        new("pdac-msi-high-pretreated", "§1.5, §3 R-A1", () => Pdac().Msi(MsiStatus.High).Treated("gemcitabine-nab-paclitaxel", 1).Build(),
        [
            new(CheckpointInhibitor, Candidate) { Drug = "pembrolizumab", Caveat = CaveatCodes.LowerResponseInPancreatic, Rule = "checkpoint-msi-high-after-prior-therapy" },
        ]),
        new("pdac-dmmr-untreated", "§3 (after prior treatment)", () => Pdac().Mmr(MmrStatus.Deficient).Build(),
        [
            new(CheckpointInhibitor, CandidateLater),
        ]),
        new("pdac-dmmr-pretreated", "§3 T3 (dostarlimab, dMMR)", () => Pdac().Mmr(MmrStatus.Deficient).Treated("folfirinox", 1).Build(),
        [
            new(CheckpointInhibitor, Candidate) { Drug = "dostarlimab" },
        ]),
        new("pdac-mss-tmb-high-pretreated", "§3 R-A2", () => Pdac().Mss().Tmb(12.5).Treated("folfirinox", 1).Build(),
        [
            new(CheckpointInhibitor, Candidate) { Rule = "checkpoint-tmb-high-after-prior-therapy", Check = TmbHigh, Outcome = Met, Arguments = "12.5" },
        ]),
        new("pdac-mss-tmb-low", "§3", () => Pdac().Mss().Tmb(2).Treated("folfirinox", 1).Build(),
        [
            new(CheckpointInhibitor, NotACandidate),
        ]),
        new("pdac-her2-ihc3-pretreated", "§3 R-C7 (T-DXd tumour-agnostic)", () => Pdac().Her2(Her2Status.Ihc3Plus).Treated("folfirinox", 1).Build(),
        [
            new(Her2Targeted, Candidate) { Drug = "trastuzumab-deruxtecan" },
        ]),
        new("pdac-her2-ihc1", "§3", () => Pdac().Her2(Her2Status.Ihc1Plus).Treated("folfirinox", 1).Build(),
        [
            new(Her2Targeted, NotACandidate) { Check = Her2Ihc3Plus, Outcome = NotMet, Arguments = "ihc1+" },
        ]),
        new("pdac-ntrk-fusion-untreated", "§1.7, §3 R-A3", () => Pdac().Negative("KRAS").Fusion("ETV6::NTRK3").Build(),
        [
            new(TrkInhibitor, Candidate) { Drug = "repotrectinib" },
        ]),
        new("pdac-ntrk-after-prior-trk-inhibitor", "§5 T6", () => Pdac().Fusion("ETV6::NTRK3").Treated("larotrectinib", 1).Build(),
        [
            new(TrkInhibitor, Candidate) { Caveat = CaveatCodes.RepotrectinibAfterPriorTrkInhibitor },
        ]),
        new("pdac-ret-fusion", "§1.7, §3 R-A4", () => Pdac().Fusion("CCDC6::RET").Build(),
        [
            new(RetInhibitor, Candidate) { Drug = "selpercatinib" },
        ]),
        new("pdac-germline-reported", "§7.1 (germline testing already done)", () => Pdac().Germline("ATM", "p.R3008C").Negative("BRCA1", "BRCA2", "PALB2").Build(),
        [
            new(ParpMaintenance, NotACandidate),
        ],
        [new(TestIds.GermlinePanel, ReasonCodes.RecommendedForEveryone, Absent: true), new(TestIds.TumourNgs, ReasonCodes.RecommendedBeforeTreatmentChoice, 0)]),
    ];
}
