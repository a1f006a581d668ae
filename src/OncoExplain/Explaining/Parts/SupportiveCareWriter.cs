using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>Supportive care topics for the cancer: pain, enzymes, jaundice, palliative care, weight, side effects.</summary>
internal static class SupportiveCareWriter
{
    private static readonly (string Id, string Key, string[] Sources)[] Pancreatic =
    [
        ("pain", "Care.Pain", ["S3"]),
        ("enzymes", "Care.Enzymes", ["S1"]),
        ("jaundice", "Care.Jaundice", ["S2"]),
        ("palliative-care", "Care.Palliative", ["S4"]),
        ("weight-loss", "Care.Weight", ["S5"]),
    ];

    private static readonly (string Id, string Key, string[] Sources)[] Colorectal =
    [
        ("palliative-care", "Care.Palliative", ["S4"]),
        ("side-effects", "Care.SideEffects", []),
    ];

    public static ImmutableArray<ExplanationSection> Write(ExplainContext context)
    {
        var topics = context.Profile.Cancer == CancerType.Pancreatic ? Pancreatic : Colorectal;
        return [.. topics.Select(t => context.Section(t.Id, t.Key + ".Heading").Cite(t.Sources).Paragraph(t.Key + ".Text").Build())];
    }
}
