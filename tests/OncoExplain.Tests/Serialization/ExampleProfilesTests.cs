using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Serialization;

/// <summary>Every profile in <c>docs/examples</c> is valid, and the set covers both cancers.</summary>
public sealed class ExampleProfilesTests
{
    public static TheoryData<string> Files =>
        [.. Directory.GetFiles(RepositoryFiles.PathOf("docs", "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Example_is_a_valid_profile(string file)
    {
        var result = ProfileJson.Read(File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", file)));

        Assert.True(result.IsValid, file + ": " + string.Join("; ", result.Errors));
    }

    [Fact]
    public void Examples_cover_at_least_six_profiles_of_each_cancer()
    {
        var cancers = Files.Select(f => ProfileJson.Read(File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", f.Data))).Profile?.Cancer).ToList();

        Assert.True(cancers.Count(c => c == CancerType.Pancreatic) >= 6);
        Assert.True(cancers.Count(c => c == CancerType.Colorectal) >= 6);
    }

    [Fact]
    public void Each_example_file_is_named_for_its_cancer()
    {
        foreach (var file in Files.Select(f => f.Data))
        {
            var cancer = ProfileJson.Read(File.ReadAllText(RepositoryFiles.PathOf("docs", "examples", file))).Profile!.Cancer;
            Assert.StartsWith(cancer == CancerType.Pancreatic ? "pancreatic-" : "colorectal-", file, StringComparison.Ordinal);
        }
    }
}
