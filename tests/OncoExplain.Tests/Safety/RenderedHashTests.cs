using System.Security.Cryptography;
using System.Text;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Safety;

/// <summary>
/// The SHA-256 of every docs/examples profile rendered in every shipped culture and format (caregiver, plus clinician
/// JSON), as the default explainer gives it to callers and the CLI, is pinned in <c>rendered-hashes.txt</c>, so any change in any output is a deliberate one. After a deliberate
/// change regenerate it with <c>ONCOEXPLAIN_UPDATE_RENDERED=1 dotnet test --project tests/OncoExplain.Tests</c> and commit it.
/// </summary>
public sealed class RenderedHashTests
{
    private static string HashFile => RepositoryFiles.PathOf("tests", "OncoExplain.Tests", "Safety", "rendered-hashes.txt");

    [Fact]
    public void Every_rendered_example_matches_its_pinned_hash()
    {
        var actual = Current();
        if (Environment.GetEnvironmentVariable("ONCOEXPLAIN_UPDATE_RENDERED") == "1")
        {
            File.WriteAllText(HashFile, string.Join('\n', actual) + "\n");
        }

        Assert.True(File.Exists(HashFile), $"{HashFile} is missing; create it with ONCOEXPLAIN_UPDATE_RENDERED=1.");
        var pinned = File.ReadAllLines(HashFile).Where(l => l.Length > 0).ToArray();
        var changed = actual.Except(pinned, StringComparer.Ordinal).Select(l => l[..l.LastIndexOf(' ')]);
        var gone = pinned.Except(actual, StringComparer.Ordinal).Select(l => l[..l.LastIndexOf(' ')]).Except(changed);
        Assert.True(
            actual.SequenceEqual(pinned, StringComparer.Ordinal),
            "Rendered output changed for: " + string.Join(", ", changed.Concat(gone).Distinct().Take(20))
            + ". If deliberate, regenerate with ONCOEXPLAIN_UPDATE_RENDERED=1 and commit rendered-hashes.txt.");
        Assert.Equal(Profiles.ExampleFiles().Count() * SupportedCultures.Names.Count * 5, pinned.Length);
    }

    private static string[] Current()
    {
        var caregiver = RenderedOutputs.All(strict: false).Select(o => (o.Example, o.Culture, Format: o.Format.ToString().ToLowerInvariant(), o.Output));
        var clinician = RenderedOutputs.All(Audience.Clinician, strict: false).Where(o => o.Format == ExplanationFormat.Json)
            .Select(o => (o.Example, o.Culture, Format: "json-clinician", o.Output));
        return [.. caregiver.Concat(clinician)
            .Select(o => $"{o.Example} {o.Culture} {o.Format} {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(o.Output)))}")
            .Order(StringComparer.Ordinal)];
    }
}
