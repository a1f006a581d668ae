using FsCheck.Xunit;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Model;

public sealed class TumourProfileProperties
{
    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 300)]
    public bool Generated_profiles_never_mark_a_gene_both_positive_and_negative(TumourProfile profile) =>
        profile.Biomarkers.Variants.Where(v => v.IsPathogenic).All(v => profile.Biomarkers.Gene(v.Gene) == TestResult.Positive);

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 300)]
    public bool Primary_site_always_belongs_to_the_cancer(TumourProfile profile) =>
        profile.PrimarySite is not { } site || site.Organ() == profile.Cancer;
}
