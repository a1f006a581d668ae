using System.Collections.Immutable;

namespace OncoExplain.Knowledge.Data;

/// <summary>Sources for supportive care (fact sheet §6, §11 "Supportive care"); cited by the explanation's care topics and FAQ.</summary>
internal static class SupportiveCareSources
{
    public static ImmutableArray<Source> All { get; } =
    [
        new() { Id = "S1", Citation = "Barkin JA et al. Pancreatic enzyme replacement therapy: PanCAN patient registry survey. Pancreas 2019;48(6):780; Dominguez-Munoz JE et al. BMC Cancer 2018.", Pmid = "31210656", Status = SourceStatus.Verified },
        new() { Id = "S2", Citation = "Boulay BR, Birg A. Malignant biliary obstruction. World J Gastroenterol 2014 (PMID 25071329); Kim KM et al. Clin Endosc 2011 (PMID 22741117).", Pmid = "25071329", Url = "https://pmc.ncbi.nlm.nih.gov/articles/PMC3363115", Status = SourceStatus.Verified },
        new() { Id = "S3", Citation = "Wyse JM et al. Randomized, double-blind, controlled trial of early endoscopic ultrasound-guided celiac plexus neurolysis. J Clin Oncol 2011;29(26):3541-6.", Status = SourceStatus.Verified },
        new() { Id = "S4", Citation = "Temel JS et al. Early palliative care for patients with metastatic non-small-cell lung cancer. N Engl J Med 2010;363(8):733-742 (lung cancer, not pancreatic).", Trial = "NCT01038271", Doi = "10.1056/NEJMoa1000678", Status = SourceStatus.Verified },
        new() { Id = "S5", Citation = "Fearon K et al. Definition and classification of cancer cachexia: an international consensus. Lancet Oncol 2011;12(5):489-95.", Status = SourceStatus.Verified },
    ];
}
