using OncoExplain.Tests.Eligibility;
using static OncoExplain.FindingStatus;
using static OncoExplain.Tests.Eligibility.ProfileBuilder;
using static OncoExplain.TherapyIds;

namespace OncoExplain.Tests.Knowledge;

/// <summary>One profile built to match a MOAlmanac indication, and what OncoExplain says about it.</summary>
/// <param name="Profile">A profile that meets the indication.</param>
/// <param name="Status">The status OncoExplain gives.</param>
/// <param name="Difference">The documented difference (a row id of the table in docs/rules.md), or <see langword="null"/> when we agree.</param>
internal sealed record MoalmanacCase(Func<TumourProfile> Profile, FindingStatus Status, string? Difference = null);

/// <summary>How OncoExplain reads one FDA row of MOAlmanac (colorectal, pancreatic or tumour-agnostic).</summary>
/// <param name="Key"><c>assertion:N</c> for the flat database, <c>ind:fda.x:n</c> for the referenced indications.</param>
/// <param name="Therapy">Our therapy id.</param>
/// <param name="Drugs">The row's drugs as our drug ids; an agreeing case must offer a regimen containing all of them.</param>
/// <param name="Cases">Profiles and our answers; empty when the row is out of scope (then <paramref name="Note"/> says why).</param>
/// <param name="Note">A documented difference about the whole row (scope, regimen breadth), or <see langword="null"/>.</param>
internal sealed record MoalmanacRow(string Key, string Therapy, string[] Drugs, MoalmanacCase[] Cases, string? Note = null);

/// <summary>Our reading of every MOAlmanac FDA row relevant here. A new row in the data fails the conformance test until it is added.</summary>
internal static class MoalmanacCases
{
    private static readonly MoalmanacCase[] NtrkBoth =
    [
        new(() => Pdac().Fusion("ETV6::NTRK3").Build(), Candidate),
        new(() => Crc().Left().Fusion("TPM3::NTRK1").Build(), Candidate),
    ];

    private static readonly MoalmanacCase[] BrafCrcAfterPrior = [new(() => Crc().Left().RasWildType().Variant("BRAF", "p.V600E").Treated("folfox", 1).Build(), Candidate)];

    private static readonly MoalmanacCase[] BrafCrcFirstLine = [new(() => Crc().Left().RasWildType().Variant("BRAF", "p.V600E").Build(), Candidate)];

    private static readonly MoalmanacCase[] DabrafenibTrametinib =
    [
        new(() => Pdac().Variant("BRAF", "p.V600E").Treated("folfirinox", 1).Build(), Candidate),
        new(() => Crc().Left().Variant("BRAF", "p.V600E").AfterStandardChemotherapy().Build(), Candidate, "D1"),
    ];

    private static readonly MoalmanacCase[] MsiAfterPrior =
    [
        new(() => Pdac().Msi(MsiStatus.High).Treated("gemcitabine-nab-paclitaxel", 1).Build(), Candidate),
        new(() => Crc().Left().Msi(MsiStatus.High).Treated("folfox", 1).Build(), Candidate),
    ];

    private static readonly MoalmanacCase[] MsiColorectal = [new(() => Crc().Left().Msi(MsiStatus.High).Build(), Candidate)];

    private static readonly MoalmanacCase[] TmbAfterPrior =
    [
        new(() => Pdac().Mss().Tmb(12).Treated("folfirinox", 1).Build(), Candidate),
        new(() => Crc().Left().Mss().Tmb(12).AfterStandardChemotherapy().Build(), Candidate),
    ];

    private static readonly MoalmanacCase[] RetBoth =
    [
        new(() => Pdac().Fusion("CCDC6::RET").Build(), Candidate),
        new(() => Crc().Left().Fusion("NCOA4::RET").Build(), Candidate),
    ];

    private static readonly MoalmanacCase[] TucatinibTrastuzumab =
    [
        new(() => Crc().Left().RasWildType().Her2(Her2Status.Amplified).AfterStandardChemotherapy().Build(), Candidate),
    ];

    private static readonly MoalmanacCase[] Olaparib =
    [
        new(() => Pdac().Germline("BRCA1", "p.E1836fs").Treated("folfirinox", 1, 20, TreatmentOutcome.Stable).Build(), Candidate),
        new(() => Pdac().Germline("BRCA2", "p.S1982Rfs*22").Treated("nalirifox", 1, 16, TreatmentOutcome.Response).Build(), Candidate),
    ];

    private static readonly MoalmanacCase[] KrasG12cColorectal = [new(() => Crc().Left().Variant("KRAS", "p.G12C").AfterStandardChemotherapy().Build(), Candidate)];

    private static readonly MoalmanacCase[] Zenocutuzumab = [new(() => Pdac().Fusion("CD74::NRG1").Treated("gemcitabine-nab-paclitaxel", 1).Build(), Candidate)];

    private static readonly MoalmanacCase[] AntiEgfrFirstLine =
    [
        new(() => Crc().Left().RasBrafWildType().Build(), Candidate),
        new(() => Crc().Right().RasBrafWildType().Build(), CandidateLater, "D3"),
        new(() => Crc().Left().Negative("KRAS", "BRAF").Variant("NRAS", "p.Q61K").Build(), NotACandidate, "D4"),
    ];

    private static readonly MoalmanacCase[] AntiEgfrAfterChemotherapy = [new(() => Crc().Right().RasBrafWildType().AfterStandardChemotherapy().Build(), Candidate)];

    private static readonly MoalmanacCase[] DmmrAfterPrior =
    [
        new(() => Pdac().Mmr(MmrStatus.Deficient).Treated("folfirinox", 1).Build(), Candidate),
        new(() => Crc().Left().Mmr(MmrStatus.Deficient).Treated("folfox", 1).Build(), Candidate),
    ];

    private static readonly MoalmanacCase[] TrastuzumabDeruxtecan =
    [
        new(() => Pdac().Her2(Her2Status.Ihc3Plus).Treated("folfirinox", 1).Build(), Candidate),
        new(() => Crc().Left().Variant("KRAS", "p.G12D").Her2(Her2Status.Ihc3Plus).Treated("folfox", 1).Build(), Candidate),
    ];

    public static MoalmanacRow[] All { get; } =
    [
        new("assertion:36", TrkInhibitor, ["larotrectinib"], NtrkBoth),
        new("assertion:38", TrkInhibitor, ["entrectinib"], NtrkBoth),
        new("assertion:39", TrkInhibitor, ["larotrectinib"], [new(() => Pdac().Fusion("NTRK2").Build(), Candidate)]),
        new("assertion:41", TrkInhibitor, ["entrectinib"], [new(() => Crc().Left().Fusion("NTRK2").Build(), Candidate)]),
        new("assertion:42", TrkInhibitor, ["larotrectinib"], NtrkBoth),
        new("assertion:44", TrkInhibitor, ["entrectinib"], NtrkBoth),
        new("assertion:970", TrkInhibitor, ["repotrectinib"], NtrkBoth),
        new("assertion:971", TrkInhibitor, ["repotrectinib"], [new(() => Pdac().Fusion("NTRK2").Build(), Candidate)]),
        new("assertion:972", TrkInhibitor, ["repotrectinib"], NtrkBoth),
        new("assertion:154", BrafTargeted, ["cetuximab", "encorafenib"], BrafCrcAfterPrior),
        new("assertion:768", CheckpointInhibitor, ["pembrolizumab"], MsiAfterPrior),
        new("assertion:769", CheckpointInhibitor, ["pembrolizumab"], MsiColorectal),
        new("assertion:799", CheckpointInhibitor, ["pembrolizumab"], TmbAfterPrior),
        new("assertion:811", BrafTargeted, ["dabrafenib", "trametinib"], DabrafenibTrametinib),
        new("assertion:856", RetInhibitor, ["selpercatinib"], RetBoth),
        new("assertion:863", Her2Targeted, ["trastuzumab", "tucatinib"],
        [
            .. TucatinibTrastuzumab,
            new(() => Crc().Left().Variant("KRAS", "p.G12D").Her2(Her2Status.Amplified).AfterStandardChemotherapy().Build(), NeedsTesting, "D2"),
        ]),
        new("assertion:870", ParpMaintenance, ["olaparib"], Olaparib),
        new("assertion:871", ParpMaintenance, ["olaparib"], Olaparib),
        new("assertion:973", KrasG12cTargeted, ["adagrasib", "cetuximab"], KrasG12cColorectal),
        new("assertion:1004", Nrg1Targeted, ["zenocutuzumab"], Zenocutuzumab),
        new("assertion:1006", BrafTargeted, ["cetuximab", "encorafenib", "fluorouracil", "oxaliplatin"], BrafCrcFirstLine),
        new("assertion:1007", KrasG12cTargeted, ["panitumumab", "sotorasib"], KrasG12cColorectal),

        new("ind:fda.erbitux:0", AntiEgfr, ["cetuximab", "irinotecan", "fluorouracil"], AntiEgfrFirstLine),
        new("ind:fda.erbitux:1", AntiEgfr, ["cetuximab", "irinotecan"], [new(() => Crc().Left().RasBrafWildType().Treated("folfiri", 1).Build(), CandidateLater, "D5")]),
        new("ind:fda.erbitux:2", AntiEgfr, ["cetuximab"], [new(() => Crc().Left().RasBrafWildType().AfterStandardChemotherapy().Build(), Candidate, "D6")]),
        new("ind:fda.erbitux:3", BrafTargeted, ["cetuximab", "encorafenib"], BrafCrcAfterPrior),
        new("ind:fda.braftovi:1", BrafTargeted, ["encorafenib", "cetuximab"], BrafCrcAfterPrior),
        new("ind:fda.braftovi:3", BrafTargeted, ["encorafenib", "cetuximab", "fluorouracil"], BrafCrcFirstLine, Note: "D9"),
        new("ind:fda.vectibix:0", AntiEgfr, ["panitumumab", "oxaliplatin", "fluorouracil"], AntiEgfrFirstLine),
        new("ind:fda.vectibix:1", AntiEgfr, ["panitumumab"], AntiEgfrAfterChemotherapy),
        new("ind:fda.jemperli:2", CheckpointInhibitor, ["dostarlimab"], DmmrAfterPrior),
        new("ind:fda.keytruda:4", CheckpointInhibitor, ["pembrolizumab"], MsiAfterPrior),
        new("ind:fda.keytruda:5", CheckpointInhibitor, ["pembrolizumab"], MsiColorectal),
        new("ind:fda.keytruda:13", CheckpointInhibitor, ["pembrolizumab"], TmbAfterPrior),
        new("ind:fda.opdivo:3", CheckpointInhibitor, ["nivolumab"], [new(() => Crc().Left().Msi(MsiStatus.High).AfterStandardChemotherapy().Build(), Candidate, "D7")]),
        new("ind:fda.opdivo:4", CheckpointInhibitor, ["nivolumab", "ipilimumab"], MsiColorectal),
        new("ind:fda.yervoy:0", CheckpointInhibitor, ["ipilimumab", "nivolumab"], MsiColorectal),
        new("ind:fda.enhertu:4", Her2Targeted, ["trastuzumab-deruxtecan"], TrastuzumabDeruxtecan),
        new("ind:fda.enhertu:5", Her2Targeted, ["trastuzumab-deruxtecan"], [new(() => Pdac().Her2(Her2Status.Ihc2PlusIshPositive).Treated("folfirinox", 1).Build(), NotACandidate, "D8")]),
        new("ind:fda.tafinlar:5", BrafTargeted, ["dabrafenib", "trametinib"], DabrafenibTrametinib),
        new("ind:fda.mekinist:5", BrafTargeted, ["trametinib", "dabrafenib"], DabrafenibTrametinib),
        new("ind:fda.retevmo:3", RetInhibitor, ["selpercatinib"], RetBoth),
        new("ind:fda.rozlytrek:1", TrkInhibitor, ["entrectinib"], NtrkBoth),
        new("ind:fda.vitrakvi:0", TrkInhibitor, ["larotrectinib"], NtrkBoth),
        new("ind:fda.augtyro:1", TrkInhibitor, ["repotrectinib"], NtrkBoth),
        new("ind:fda.krazati:1", KrasG12cTargeted, ["adagrasib", "cetuximab"], KrasG12cColorectal),
        new("ind:fda.tukysa:1", Her2Targeted, ["tucatinib", "trastuzumab"], TucatinibTrastuzumab),
        new("ind:fda.bizengri:1", Nrg1Targeted, ["zenocutuzumab"], Zenocutuzumab),
        new("ind:fda.lynparza:5", ParpMaintenance, ["olaparib"], Olaparib),
        new("ind:fda.welireg:0", "-", [], [], Note: "D10"),
    ];
}
