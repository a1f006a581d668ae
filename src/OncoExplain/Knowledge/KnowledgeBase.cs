using System.Collections.Frozen;
using System.Collections.Immutable;
using OncoExplain.Knowledge.Data;

namespace OncoExplain;

/// <summary>
/// The versioned, cited knowledge the eligibility engine applies: sources, therapies, rules and the definitions of every
/// condition, caveat, test and reason code. Immutable and thread-safe.
/// </summary>
/// <remarks>Facts come only from the clinical fact sheet's verified [V] and secondary [S] items; unverified items are not encoded.</remarks>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, Source> sourcesById;
    private readonly FrozenDictionary<string, Therapy> therapiesById;
    private readonly FrozenDictionary<string, Rule> rulesById;
    private readonly FrozenDictionary<string, ConditionDefinition> conditionsByCode;
    private readonly FrozenDictionary<string, CodeDefinition> caveatsByCode;
    private readonly FrozenDictionary<string, CodeDefinition> testsById;
    private readonly FrozenDictionary<string, CodeDefinition> reasonsByCode;

    private KnowledgeBase()
    {
        Sources = [.. PancreaticSources.All, .. ColorectalSources.All, .. AgnosticSources.All, .. SupportiveCareSources.All];
        Therapies = Knowledge.Data.Therapies.All;
        Rules =
        [
            .. AntiEgfrRules.All, .. ImmunotherapyRules.All, .. DnaRepairRules.All, .. KrasRules.All, .. BrafRules.All,
            .. Her2Rules.All, .. FusionRules.All, .. PancreaticChemotherapyRules.All, .. ColorectalSystemicRules.All,
            .. LiverSurgeryRules.All,
        ];
        Conditions = [.. BiomarkerConditions.All, .. ClinicalConditions.All];
        Caveats = CaveatDefinitions.All;
        Tests = TestDefinitions.All;
        Reasons = ReasonDefinitions.All;

        sourcesById = Sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        therapiesById = Therapies.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        rulesById = Rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        conditionsByCode = Conditions.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        caveatsByCode = Caveats.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        testsById = Tests.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
        reasonsByCode = Reasons.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>The knowledge this version of the library ships.</summary>
    public static KnowledgeBase Current { get; } = new();

    /// <summary>The knowledge version, <c>2026.11</c>; it appears in every result.</summary>
    public string Version { get; } = "2026.11";

    /// <summary>The date the facts were compiled: 2026-11-23.</summary>
    public DateOnly AsOf { get; } = new(2026, 11, 23);

    /// <summary>Every source, by fact-sheet section (pancreatic, colorectal, tumour-agnostic and testing).</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>Every therapy, in <see cref="TherapyIds.All"/> order.</summary>
    public ImmutableArray<Therapy> Therapies { get; }

    /// <summary>Every rule, grouped by therapy area; within a therapy, the order in which rules are evaluated and reported.</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>The definition of every condition code.</summary>
    public ImmutableArray<ConditionDefinition> Conditions { get; }

    /// <summary>The definition of every caveat code.</summary>
    public ImmutableArray<CodeDefinition> Caveats { get; }

    /// <summary>The definition of every test id.</summary>
    public ImmutableArray<CodeDefinition> Tests { get; }

    /// <summary>The definition of every reason code of recommended tests.</summary>
    public ImmutableArray<CodeDefinition> Reasons { get; }

    /// <summary>Finds a source by its fact-sheet id.</summary>
    /// <param name="id">For example <c>P5</c>.</param>
    /// <returns>The source, or <see langword="null"/>.</returns>
    public Source? FindSource(string id) => sourcesById.GetValueOrDefault(id);

    /// <summary>Finds a therapy by id.</summary>
    /// <param name="id">A therapy id.</param>
    /// <returns>The therapy, or <see langword="null"/>.</returns>
    public Therapy? FindTherapy(string id) => therapiesById.GetValueOrDefault(id);

    /// <summary>Finds a rule by id.</summary>
    /// <param name="id">A rule id.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public Rule? FindRule(string id) => rulesById.GetValueOrDefault(id);

    /// <summary>Finds a condition definition by code.</summary>
    /// <param name="code">A condition code.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public ConditionDefinition? FindCondition(string code) => conditionsByCode.GetValueOrDefault(code);

    /// <summary>Finds a caveat definition by code.</summary>
    /// <param name="code">A caveat code.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public CodeDefinition? FindCaveat(string code) => caveatsByCode.GetValueOrDefault(code);

    /// <summary>Finds a test definition by id.</summary>
    /// <param name="id">A test id.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public CodeDefinition? FindTest(string id) => testsById.GetValueOrDefault(id);

    /// <summary>Finds a reason definition by code.</summary>
    /// <param name="code">A reason code.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public CodeDefinition? FindReason(string code) => reasonsByCode.GetValueOrDefault(code);

    /// <summary>The therapies with at least one rule for the cancer, in <see cref="TherapyIds.All"/> order.</summary>
    /// <param name="cancer">The cancer.</param>
    /// <returns>The therapies.</returns>
    public IEnumerable<Therapy> TherapiesFor(CancerType cancer) => Therapies.Where(t => t.Cancers.Contains(cancer));

    /// <summary>The rules of one therapy evaluated for a cancer, in catalogue order.</summary>
    /// <param name="therapyId">A therapy id.</param>
    /// <param name="cancer">The cancer.</param>
    /// <returns>The rules.</returns>
    public IEnumerable<Rule> RulesFor(string therapyId, CancerType cancer) =>
        Rules.Where(r => r.TherapyId == therapyId && r.Cancers.Contains(cancer));
}
