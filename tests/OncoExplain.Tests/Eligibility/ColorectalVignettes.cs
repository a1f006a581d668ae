using static OncoExplain.ConditionCodes;
using static OncoExplain.FindingStatus;
using static OncoExplain.Tests.Eligibility.ProfileBuilder;
using static OncoExplain.TherapyIds;

namespace OncoExplain.Tests.Eligibility;

/// <summary>Colorectal vignettes (fact sheet §2, §3, §5, §7.2).</summary>
internal static class ColorectalVignettes
{
    private const ConditionOutcome Met = ConditionOutcome.Met;
    private const ConditionOutcome NotMet = ConditionOutcome.NotMet;
    private const ConditionOutcome Unknown = ConditionOutcome.Unknown;

    public static Vignette[] All { get; } =
    [
        new("crc-left-ras-braf-wt-untreated", "§2.3 R-C1", () => Crc().Left().RasBrafWildType().Mss().Build(),
        [
            new(AntiEgfr, Candidate) { Rule = "anti-egfr-first-line-left", Drug = "panitumumab+folfox", Level = EvidenceLevel.Level1, Check = LeftSidedPrimary, Outcome = Met },
            new(ColorectalChemotherapy, Candidate) { Drug = "folfox" },
            new(AntiVegf, Candidate),
            new(KrasG12cTargeted, NotACandidate) { Check = KrasG12cPresent, Outcome = NotMet },
            new(BrafTargeted, NotACandidate) { Check = BrafV600ePresent, Outcome = NotMet },
            new(ParpMaintenance, NotACandidate) { Absent = true },
        ]),
        new("crc-right-ras-wt-untreated", "§2.3 C5b, C6", () => Crc().Right().RasBrafWildType().Build(),
        [
            new(AntiEgfr, CandidateLater) { Rule = "anti-egfr-after-chemotherapy", Check = PriorFluoropyrimidineOxaliplatinIrinotecan, Outcome = NotMet, Arguments = "fluoropyrimidine oxaliplatin irinotecan" },
        ]),
        new("crc-right-ras-wt-after-standard-chemotherapy", "§2.2 C2 monotherapy", () => Crc().Right().RasBrafWildType().AfterStandardChemotherapy().Build(),
        [
            new(AntiEgfr, Candidate) { Rule = "anti-egfr-after-chemotherapy", Drug = "panitumumab" },
        ]),
        new("crc-kras-g12d", "§5 R-C2", () => Crc().Left().Variant("KRAS", "p.G12D").Negative("NRAS", "BRAF").Build(),
        [
            new(AntiEgfr, NotACandidate) { Level = EvidenceLevel.R1, Rule = "anti-egfr-ras-mutant-resistance", Check = RasMutant, Outcome = Met, Arguments = "KRAS p.G12D" },
            new(KrasG12cTargeted, NotACandidate) { Check = KrasG12cPresent, Outcome = NotMet, Arguments = "KRAS p.G12D" },
        ]),
        new("crc-nras-q61k", "§5 R-C2 (NRAS)", () => Crc().Left().Negative("KRAS", "BRAF").Variant("NRAS", "p.Q61K").Build(),
        [
            new(AntiEgfr, NotACandidate) { Level = EvidenceLevel.R1, Check = RasMutant, Outcome = Met, Arguments = "NRAS p.Q61K" },
        ]),
        new("crc-ras-untested", "§2.2 C2 (RAS unknown is not indicated), §7.2", () => Crc().Left().Build(),
        [
            new(AntiEgfr, NeedsTesting) { Missing = TestIds.ExtendedRas, Check = RasWildType, Outcome = Unknown, Arguments = "KRAS NRAS" },
        ],
        [new(TestIds.ExtendedRas, ReasonCodes.RecommendedBeforeTreatmentChoice, 0), new(TestIds.Braf, ReasonCodes.RecommendedBeforeTreatmentChoice, 1), new(TestIds.MsiMmr, ReasonCodes.RecommendedForEveryone, 2), new(TestIds.Her2, ReasonCodes.RecommendedBeforeTreatmentChoice, 3)]),
        new("crc-kras-only-tested", "§2.2 extended RAS", () => Crc().Left().Negative("KRAS", "BRAF").Build(),
        [
            new(AntiEgfr, NeedsTesting) { Missing = TestIds.ExtendedRas, Check = RasWildType, Outcome = Unknown, Arguments = "NRAS" },
        ],
        [new(TestIds.ExtendedRas, ReasonCodes.RecommendedBeforeTreatmentChoice, 0)]),
        new("crc-kras-vus-only", "§2.2 (a VUS does not settle RAS)", () => Crc().Left().Variant("KRAS", "p.A18D").Negative("NRAS", "BRAF").Build(),
        [
            new(AntiEgfr, NeedsTesting) { Missing = TestIds.ExtendedRas },
        ]),
        new("crc-braf-v600e-untreated", "§2.4 R-C3, §5", () => Crc().Left().RasWildType().Variant("BRAF", "p.V600E").Mss().Build(),
        [
            new(AntiEgfr, NotACandidate) { Level = EvidenceLevel.R2, Rule = "anti-egfr-braf-v600e-resistance" },
            new(BrafTargeted, Candidate) { Rule = "braf-colorectal-first-line", Drug = "encorafenib+cetuximab+mfolfox6", Caveat = CaveatCodes.AcceleratedApproval },
        ]),
        new("crc-braf-v600e-after-folfox", "§2.4 R-C4", () => Crc().Right().RasWildType().Variant("BRAF", "p.V600E").Treated("folfox", 1).Build(),
        [
            new(BrafTargeted, Candidate) { Rule = "braf-colorectal-after-prior-therapy", Drug = "encorafenib+cetuximab" },
        ]),
        new("crc-braf-v600e-msi-high", "§2.4 C8d", () => Crc().Right().Variant("BRAF", "p.V600E").Msi(MsiStatus.High).Build(),
        [
            new(BrafTargeted, Candidate) { Caveat = CaveatCodes.MsiHighImmunotherapyAlsoRelevant },
            new(CheckpointInhibitor, Candidate) { Rule = "checkpoint-colorectal-msi-high" },
        ]),
        new("crc-braf-negative-never-dabrafenib", "§3 T8 (excludes colorectal)", () => Crc().Left().RasBrafWildType().AfterStandardChemotherapy().Build(),
        [
            new(BrafTargeted, NotACandidate) { Check = NotColorectalCancer, Outcome = NotMet, Arguments = "colorectal" },
        ]),
        new("crc-ras-wt-braf-untested", "§2.3 R-C1 (BRAF WT part of the rule)", () => Crc().Left().RasWildType().Build(),
        [
            new(AntiEgfr, NeedsTesting) { Missing = TestIds.Braf, Check = BrafV600eAbsent, Outcome = Unknown },
            new(BrafTargeted, NeedsTesting) { Missing = TestIds.Braf },
        ]),
        new("crc-ras-braf-wt-side-unknown", "§2.3 sidedness", () => Crc().Site(PrimarySite.TransverseColon).RasBrafWildType().Build(),
        [
            new(AntiEgfr, NeedsTesting) { Missing = TestIds.PrimaryTumourSide, Check = LeftSidedPrimary, Outcome = Unknown },
        ]),
        new("crc-prior-anti-egfr", "§2.9 CHRONOS C25", () => Crc().Left().RasBrafWildType().Treated("folfox+panitumumab", 1).Treated("folfiri+bevacizumab", 2).Build(),
        [
            new(AntiEgfr, Investigational) { Rule = "anti-egfr-rechallenge", Caveat = CaveatCodes.RechallengeGuidedByCtdna, Check = ProgressionOnPriorAntiEgfr, Outcome = Met, Arguments = "folfox+panitumumab" },
            new(TrifluridineTipiracil, Candidate) { Drug = "trifluridine-tipiracil+bevacizumab" },
            new(Fruquintinib, Candidate),
            new(Regorafenib, Candidate),
        ]),
        new("crc-anti-egfr-stopped-for-side-effects", "§2.2 C2; §2.9 C25", () => Crc().Left().RasBrafWildType().Treated("folfox+panitumumab", 1, 12, TreatmentOutcome.Stopped).Treated("folfiri+bevacizumab", 2).Build(),
        [
            new(AntiEgfr, Candidate) { Rule = "anti-egfr-after-chemotherapy", Drug = "panitumumab", Caveat = CaveatCodes.RechallengeGuidedByCtdna, Check = NoProgressionOnPriorAntiEgfr, Outcome = Met },
        ]),
        new("crc-anti-egfr-progressed-braf-untested", "§2.9 CHRONOS C25; §2.2 C3", () => Crc().Left().Negative("KRAS", "NRAS").Treated("folfox+panitumumab", 1).Treated("folfiri+bevacizumab", 2).Build(),
        [
            new(AntiEgfr, NeedsTesting) { Missing = TestIds.Braf, Check = BrafV600eAbsent, Outcome = Unknown },
        ]),
        new("crc-her2-positive-ras-wt-refractory", "§2.6 R-C6", () => Crc().Left().RasBrafWildType().Her2(Her2Status.Ihc3Plus).AfterStandardChemotherapy().Build(),
        [
            new(Her2Targeted, Candidate) { Drug = "tucatinib+trastuzumab", Rule = "her2-colorectal-tucatinib-trastuzumab" },
            new(AntiEgfr, Candidate) { Caveat = CaveatCodes.Her2MayReduceAntiEgfrBenefit },
        ]),
        new("crc-her2-positive-ras-wt-untreated", "§2.6 R-C6 (after chemotherapy)", () => Crc().Left().RasBrafWildType().Her2(Her2Status.Ihc2PlusIshPositive).Build(),
        [
            new(Her2Targeted, CandidateLater) { Check = PriorFluoropyrimidineOxaliplatinIrinotecan, Outcome = NotMet },
        ]),
        new("crc-her2-ish-positive-kras-mutant", "§2.6 (tucatinib needs RAS WT; T-DXd needs IHC 3+)", () => Crc().Left().Variant("KRAS", "p.G13D").Negative("NRAS").Her2(Her2Status.Ihc2PlusIshPositive).AfterStandardChemotherapy().Build(),
        [
            new(Her2Targeted, NotACandidate) { Check = Her2Ihc3Plus, Outcome = NotMet, Arguments = "ihc2+/ish+" },
        ]),
        new("crc-her2-ihc3-kras-mutant", "§2.6, §3 T9 (no RAS condition)", () => Crc().Left().Variant("KRAS", "p.G12V").Her2(Her2Status.Ihc3Plus).AfterStandardChemotherapy().Build(),
        [
            new(Her2Targeted, Candidate) { Drug = "trastuzumab-deruxtecan", Rule = "her2-ihc3-trastuzumab-deruxtecan", Caveat = CaveatCodes.TrialsExcludedEcogAbove1OrPriorIld },
        ]),
        new("crc-her2-equivocal", "§2.6 HERACLES (IHC 2+ → ISH)", () => Crc().Left().RasBrafWildType().Her2(Her2Status.Ihc2Plus).AfterStandardChemotherapy().Build(),
        [
            new(Her2Targeted, NeedsTesting) { Missing = TestIds.Her2Ish, Check = Her2Positive, Outcome = Unknown, Arguments = "ihc2+" },
        ],
        [new(TestIds.Her2Ish, ReasonCodes.ConfirmsAnEquivocalResult)]),
        new("crc-her2-negative", "§2.6", () => Crc().Left().RasBrafWildType().Her2(Her2Status.Ihc0).AfterStandardChemotherapy().Build(),
        [
            new(Her2Targeted, NotACandidate) { Check = Her2Positive, Outcome = NotMet },
        ]),
        new("crc-kras-g12c-untreated", "§2.5 R-C5", () => Crc().Left().Variant("KRAS", "p.G12C").Build(),
        [
            new(KrasG12cTargeted, CandidateLater) { Check = KrasG12cPresent, Outcome = Met, Arguments = "KRAS p.G12C" },
            new(AntiEgfr, NotACandidate) { Level = EvidenceLevel.R1 },
        ]),
        new("crc-kras-g12c-refractory", "§2.5 R-C5", () => Crc().Left().Variant("KRAS", "p.G12C").AfterStandardChemotherapy().Build(),
        [
            new(KrasG12cTargeted, Candidate) { Drug = "sotorasib+panitumumab", Caveat = CaveatCodes.EgfrCoBlockadeRequired, Level = EvidenceLevel.Level1 },
        ]),
        new("crc-kras-untested-g12c", "§7.2 (G12C is read from the RAS test)", () => Crc().Left().AfterStandardChemotherapy().Build(),
        [
            new(KrasG12cTargeted, NeedsTesting) { Missing = TestIds.ExtendedRas },
        ]),
        new("crc-msi-high-untreated", "§2.7 R-C8", () => Crc().Left().Msi(MsiStatus.High).Mmr(MmrStatus.Deficient).Build(),
        [
            new(CheckpointInhibitor, Candidate) { Drug = "nivolumab+ipilimumab", Level = EvidenceLevel.Level1 },
        ]),
        new("crc-dmmr-only", "§2.7 (MMR IHC)", () => Crc().Left().Mmr(MmrStatus.Deficient).Build(),
        [
            new(CheckpointInhibitor, Candidate) { Drug = "pembrolizumab" },
        ]),
        new("crc-mss-tmb-low", "§3 (MSS, TMB < 10)", () => Crc().Left().Mss().Tmb(4).AfterStandardChemotherapy().Build(),
        [
            new(CheckpointInhibitor, NotACandidate) { Check = TmbHigh, Outcome = NotMet, Arguments = "4" },
        ]),
        new("crc-mss-tmb-unknown", "§3 T2 (TMB decides)", () => Crc().Left().Mss().AfterStandardChemotherapy().Build(),
        [
            new(CheckpointInhibitor, NeedsTesting) { Missing = TestIds.Tmb },
        ],
        [new(TestIds.Tmb, ReasonCodes.DecidesAnOption)]),
        new("crc-mss-tmb-high-untreated", "§3 T2 (after prior treatment)", () => Crc().Left().Mss().Tmb(14).Build(),
        [
            new(CheckpointInhibitor, CandidateLater) { Rule = "checkpoint-tmb-high-after-prior-therapy" },
        ]),
        new("crc-pole-tmb-high-treated", "§2.8 POLE via TMB-H", () => Crc().Left().Mss().Tmb(153).Variant("POLE", "p.P286R").AfterStandardChemotherapy().Build(),
        [
            new(CheckpointInhibitor, Candidate) { Caveat = CaveatCodes.PoleContextOnly, Drug = "pembrolizumab" },
        ]),
        new("crc-pole-mss-tmb-low", "§2.8 (POLE never a gate)", () => Crc().Left().Mss().Tmb(6).Variant("POLE", "p.V411L").AfterStandardChemotherapy().Build(),
        [
            new(CheckpointInhibitor, NotACandidate),
        ]),
        new("crc-msi-untested", "§7.2 (MMR/MSI for all CRC)", () => Crc().Left().RasBrafWildType().Build(),
        [
            new(CheckpointInhibitor, NeedsTesting) { Missing = TestIds.MsiMmr },
        ],
        [new(TestIds.MsiMmr, ReasonCodes.RecommendedForEveryone, 0)]),
        new("crc-msi-high-pmmr-discordant", "§2.7", () => Crc().Left().Msi(MsiStatus.High).Mmr(MmrStatus.Proficient).Build(),
        [
            new(CheckpointInhibitor, Candidate) { Caveat = CaveatCodes.MsiMmrDiscordant },
        ]),
        new("crc-liver-only-resectable", "§2.11 R-C10", () => Crc().Left().Mets(MetastaticSite.Liver).Resectable(true).Build(),
        [
            new(LiverSurgery, Candidate) { Check = LiverOnlyMetastases, Outcome = Met },
        ]),
        new("crc-liver-only-unresectable", "§2.11 conversion C23e", () => Crc().Left().Mets(MetastaticSite.Liver).Resectable(false).Build(),
        [
            new(LiverSurgery, CandidateLater) { Check = LiverMetastasesResectable, Outcome = NotMet },
        ]),
        new("crc-liver-only-not-assessed", "§2.11", () => Crc().Left().Mets(MetastaticSite.Liver).Build(),
        [
            new(LiverSurgery, Candidate) { Caveat = CaveatCodes.ResectabilityNotYetAssessed },
        ]),
        new("crc-liver-and-lung", "§2.11 (liver-limited only)", () => Crc().Left().Mets(MetastaticSite.Liver, MetastaticSite.Lung).Resectable(true).Build(),
        [
            new(LiverSurgery, NotACandidate) { Check = LiverOnlyMetastases, Outcome = NotMet, Arguments = "lung" },
        ]),
        new("crc-sites-unknown", "§2.11", () => Crc().Left().Build(),
        [
            new(LiverSurgery, NeedsTesting) { Missing = TestIds.StagingImaging },
        ]),
        new("crc-refractory-kras-mutant", "§2.9 R-C9", () => Crc().Right().Variant("KRAS", "p.G12D").AfterChemotherapyAndBevacizumab().Build(),
        [
            new(TrifluridineTipiracil, Candidate),
            new(Fruquintinib, Candidate) { Check = PriorAntiEgfrIfRasWildType, Outcome = Met },
            new(Regorafenib, Candidate),
        ]),
        new("crc-refractory-ras-wt-no-anti-egfr", "§2.9 (anti-EGFR first if RAS WT)", () => Crc().Right().RasBrafWildType().AfterChemotherapyAndBevacizumab().Build(),
        [
            new(Fruquintinib, CandidateLater) { Check = PriorAntiEgfrIfRasWildType, Outcome = NotMet },
            new(AntiEgfr, Candidate) { Drug = "panitumumab" },
        ]),
        new("crc-untreated-later-lines", "§2.9", () => Crc().Left().Variant("KRAS", "p.G12D").Build(),
        [
            new(TrifluridineTipiracil, CandidateLater) { Caveat = CaveatCodes.NoTreatmentHistoryRecorded },
            new(Regorafenib, CandidateLater),
        ]),
        new("crc-ntrk-fusion", "§3 R-A3", () => Crc().Right().RasBrafWildType().Msi(MsiStatus.High).Fusion("TPM3::NTRK1").Build(),
        [
            new(TrkInhibitor, Candidate) { Drug = "larotrectinib", Check = NtrkFusion, Outcome = Met, Arguments = "TPM3::NTRK1" },
        ]),
        new("crc-ret-fusion", "§3 R-A4", () => Crc().Left().RasBrafWildType().Fusion("NCOA4::RET").Build(),
        [
            new(RetInhibitor, Candidate) { Drug = "selpercatinib" },
        ]),
        new("crc-fusions-negative", "§3", () => Crc().Left().RasBrafWildType().Negative("NTRK1", "NTRK2", "NTRK3", "RET").Build(),
        [
            new(TrkInhibitor, NotACandidate),
            new(RetInhibitor, NotACandidate),
            new(Nrg1Targeted, NotACandidate) { Absent = true },
        ]),
        new("crc-ras-braf-wt-fusion-screen", "§7.2 (NTRK/RET in RAS/BRAF WT)", () => Crc().Left().RasBrafWildType().Mss().Her2(Her2Status.Ihc0).Build(),
        [
            new(TrkInhibitor, NeedsTesting) { Missing = TestIds.RnaFusion },
        ],
        [new(TestIds.RnaFusion, ReasonCodes.RecommendedWhenRasBrafWildType, 0)]),
    ];
}
