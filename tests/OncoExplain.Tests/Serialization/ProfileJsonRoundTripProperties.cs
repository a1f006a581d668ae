using FsCheck.Xunit;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Serialization;

/// <summary>Writing then reading gives the same profile, and writing is deterministic.</summary>
public sealed class ProfileJsonRoundTripProperties
{
    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 300)]
    public bool Reading_what_was_written_gives_an_equal_profile(TumourProfile profile)
    {
        var result = ProfileJson.Read(ProfileJson.Write(profile));
        return result.IsValid && result.Profile.Equals(profile);
    }

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 100)]
    public bool Indented_output_reads_back_equal_too(TumourProfile profile) =>
        ProfileJson.Read(ProfileJson.Write(profile, indented: true)).Profile?.Equals(profile) == true;

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 200)]
    public bool Writing_is_deterministic(TumourProfile profile) =>
        ProfileJson.Write(profile) == ProfileJson.Write(ProfileJson.Read(ProfileJson.Write(profile)).Profile!);

    [Property(Arbitrary = [typeof(ProfileGenerators)], MaxTest = 100)]
    public bool A_document_validates_to_the_same_profile(TumourProfile profile) =>
        ProfileJson.FromDocument(ProfileJson.ToDocument(profile)).Profile?.Equals(profile) == true;
}
