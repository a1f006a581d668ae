using System.Collections.Immutable;
using System.Globalization;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>
/// The validated, immutable description of one person's cancer that every explanation is built from.
/// </summary>
/// <remarks>
/// <para>Only <see cref="Cancer"/> is required. Everything else may be <see langword="null"/> or empty, which means
/// <em>not known</em>: an absent value is never read as a negative one.</para>
/// <para>Read one from JSON with <c>ProfileJson.Read</c>, which reports every problem with its JSON path; the constructor
/// throws on the first problem and is meant for code that builds profiles itself.</para>
/// </remarks>
public sealed record TumourProfile
{
    /// <summary>The longest caller label accepted.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Creates a profile.</summary>
    /// <param name="cancer">The cancer.</param>
    /// <param name="id">An optional caller label, echoed in the output.</param>
    /// <param name="stage">The stage group, or <see langword="null"/> when unknown.</param>
    /// <param name="metastaticSites">Where the cancer has spread; empty when unknown.</param>
    /// <param name="primarySite">Where the primary tumour started, or <see langword="null"/>.</param>
    /// <param name="ecog">ECOG performance status 0–4, or <see langword="null"/>.</param>
    /// <param name="age">Age in years, or <see langword="null"/>.</param>
    /// <param name="liverMetastasesResectable">Whether a surgical team judged the liver metastases removable, or <see langword="null"/>.</param>
    /// <param name="biomarkers">Test results; <see langword="null"/> means nothing tested.</param>
    /// <param name="treatments">Treatment history, in the order given.</param>
    /// <exception cref="ArgumentException">
    /// The primary site belongs to another organ, or <paramref name="id"/> is too long or contains a control character.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">ECOG is outside 0–4, age outside 0–120, or an enum value is undefined.</exception>
    public TumourProfile(
        CancerType cancer,
        string? id = null,
        StageGroup? stage = null,
        IEnumerable<MetastaticSite>? metastaticSites = null,
        PrimarySite? primarySite = null,
        int? ecog = null,
        int? age = null,
        bool? liverMetastasesResectable = null,
        Biomarkers? biomarkers = null,
        IEnumerable<TreatmentCourse>? treatments = null)
    {
        Cancer = Preconditions.CheckDefined(cancer);
        if (id is { Length: > MaxIdLength })
        {
            throw new ArgumentException($"The id is at most {MaxIdLength} characters long.", nameof(id));
        }

        if (id is not null && IndexOfControlCharacter(id) is var control and >= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The id contains the control character U+{(int)id[control]:X4} at index {control}; control characters are not allowed."),
                nameof(id));
        }

        Id = id;
        Stage = Preconditions.CheckDefined(stage);
        MetastaticSites = metastaticSites is null ? [] : [.. metastaticSites.Select(s => Preconditions.CheckDefined(s)).Distinct().Order()];
        PrimarySite = Preconditions.CheckDefined(primarySite);
        if (primarySite is { } site && site.Organ() != cancer)
        {
            throw new ArgumentException($"Primary site {site} is not part of the organ of a {cancer} cancer.", nameof(primarySite));
        }

        Ecog = Preconditions.CheckRange(ecog, 0, 4);
        Age = Preconditions.CheckRange(age, 0, 120);
        LiverMetastasesResectable = liverMetastasesResectable;
        Biomarkers = biomarkers ?? Biomarkers.None;
        Treatments = treatments is null ? [] : [.. treatments];
        if (Treatments.Any(t => t is null))
        {
            throw new ArgumentException("A treatment course is null.", nameof(treatments));
        }
    }

    /// <summary>The caller's label, echoed back, or <see langword="null"/>. It never contains a control character (C0, DEL or C1).</summary>
    public string? Id { get; }

    /// <summary>The cancer.</summary>
    public CancerType Cancer { get; }

    /// <summary>The stage group, or <see langword="null"/> when unknown.</summary>
    public StageGroup? Stage { get; }

    /// <summary>Where the cancer has spread, each site once, in enum order; empty when unknown.</summary>
    public ImmutableArray<MetastaticSite> MetastaticSites { get; }

    /// <summary>Where the primary tumour started, or <see langword="null"/>.</summary>
    public PrimarySite? PrimarySite { get; }

    /// <summary>The side of the bowel for a colorectal primary; <see cref="OncoExplain.Sidedness.Unknown"/> otherwise.</summary>
    public Sidedness Sidedness => PrimarySite?.Side() ?? Sidedness.Unknown;

    /// <summary>ECOG performance status (0 = fully active … 4 = in bed all day), or <see langword="null"/>.</summary>
    public int? Ecog { get; }

    /// <summary>Age in years, or <see langword="null"/>.</summary>
    public int? Age { get; }

    /// <summary>Whether the liver metastases were judged removable by surgery, or <see langword="null"/> when not assessed.</summary>
    public bool? LiverMetastasesResectable { get; }

    /// <summary>The test results.</summary>
    public Biomarkers Biomarkers { get; }

    /// <summary>The treatment history, in the order given.</summary>
    public ImmutableArray<TreatmentCourse> Treatments { get; }

    /// <summary>Whether the liver is among the metastatic sites; <see langword="null"/> when no sites are given.</summary>
    public bool? HasLiverMetastases => MetastaticSites.IsEmpty ? null : MetastaticSites.Contains(MetastaticSite.Liver);

    /// <summary>Whether the liver is the only metastatic site; <see langword="null"/> when no sites are given.</summary>
    public bool? LiverOnlyMetastases => MetastaticSites.IsEmpty ? null : MetastaticSites is [MetastaticSite.Liver];

    /// <summary>The classes of every drug in the treatment history.</summary>
    public DrugClasses PriorDrugClasses => Treatments.Aggregate(DrugClasses.None, (all, t) => all | t.Regimen.Classes);

    /// <summary>
    /// The index of the first control character (U+0000–U+001F, U+007F–U+009F: NUL, tab, line breaks, escape…) in an id,
    /// or -1. Such characters are invisible or dropped when the id is shown (HTML parsers drop NUL), so they are refused.
    /// </summary>
    internal static int IndexOfControlCharacter(string id) => id.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') is var c0 and >= 0
        ? c0
        : id.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');

    /// <inheritdoc />
    public bool Equals(TumourProfile? other) =>
        other is not null
        && Id == other.Id
        && Cancer == other.Cancer
        && Stage == other.Stage
        && Sequences.Equal(MetastaticSites, other.MetastaticSites)
        && PrimarySite == other.PrimarySite
        && Ecog == other.Ecog
        && Age == other.Age
        && LiverMetastasesResectable == other.LiverMetastasesResectable
        && Biomarkers.Equals(other.Biomarkers)
        && Sequences.Equal(Treatments, other.Treatments);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Cancer);
        hash.Add(Stage);
        Sequences.AddTo(ref hash, MetastaticSites);
        hash.Add(PrimarySite);
        hash.Add(Ecog);
        hash.Add(Age);
        hash.Add(LiverMetastasesResectable);
        hash.Add(Biomarkers);
        Sequences.AddTo(ref hash, Treatments);
        return hash.ToHashCode();
    }
}
