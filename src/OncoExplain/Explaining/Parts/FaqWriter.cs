using System.Collections.Immutable;

namespace OncoExplain;

/// <summary>Frequently asked questions, with answers for the profile's cancer.</summary>
internal static class FaqWriter
{
    public static ImmutableArray<FaqEntry> Write(ExplainContext context)
    {
        var cancer = context.Profile.Cancer.ToString();
        var texts = context.Texts;
        context.Cite(context.Profile.Cancer == CancerType.Pancreatic ? ["G1"] : ["C23b", "C16"]);
        context.Cite(["S4"]);
        return
        [
            new FaqEntry("cure", texts["Faq.Cure.Question"], texts[$"Faq.Cure.{cancer}"]),
            new FaqEntry("median", texts["Faq.Median.Question"], texts["Faq.Median.Answer"]),
            new FaqEntry("gene-tests", texts["Faq.Genes.Question"], texts["Faq.Genes.Answer"]),
            new FaqEntry("family", texts["Faq.Family.Question"], texts[$"Faq.Family.{cancer}"]),
            new FaqEntry("clinical-trials", texts["Faq.Trial.Question"], texts["Faq.Trial.Answer"]),
            new FaqEntry("palliative-care", texts["Faq.Palliative.Question"], texts["Faq.Palliative.Answer"]),
        ];
    }
}
