using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OncoExplain.Serialization;

namespace OncoExplain.Tests.Serialization;

/// <summary>The wire documents and the public context: validation of documents, strict deserialization, no drift from the reader.</summary>
public sealed class ProfileDocumentTests
{
    [Fact]
    public void FromDocument_reports_problems_by_path_without_positions()
    {
        var document = new ProfileDocument
        {
            Cancer = CancerType.Colorectal,
            PrimarySite = PrimarySite.Tail,
            Ecog = 7,
            Biomarkers = new BiomarkersDocument { Variants = [new VariantDocument { Gene = "KRAS", Change = "G12D" }, null!] },
        };

        var result = ProfileJson.FromDocument(document);

        Assert.Equal(
            [("wrong-type", "$.biomarkers.variants[1]"), ("contradiction", "$.primarySite"), ("out-of-range", "$.ecog"), ("invalid-hgvs", "$.biomarkers.variants[0].change")],
            result.Errors.Select(e => (e.Code, e.Path)));
        Assert.All(result.Errors, e => Assert.Null(e.Line));
    }

    [Fact]
    public void FromDocument_reports_an_undefined_enum_value()
    {
        var result = ProfileJson.FromDocument(new ProfileDocument { Cancer = (CancerType)9 });

        Assert.Equal(("unknown-value", "$.cancer"), (result.Errors[0].Code, result.Errors[0].Path));
    }

    [Fact]
    public void The_context_writes_enums_by_contract_name()
    {
        var json = JsonSerializer.Serialize(new ProfileDocument { Cancer = CancerType.Colorectal, PrimarySite = PrimarySite.SigmoidColon }, OncoExplainJsonContext.Default.ProfileDocument);

        Assert.Equal("""{"cancer":"colorectal","primarySite":"sigmoid-colon"}""", json);
    }

    [Theory]
    [InlineData("""{"cancer": 1}""")]
    [InlineData("""{"cancer": "colorectal", "extra": true}""")]
    [InlineData("""{"cancer": "colorectal", "ecog": "1"}""")]
    [InlineData("""{"stage": "IV"}""")]
    [InlineData("""{"cancer": "colorectal", "cancer": "pancreatic"}""")]
    public void The_context_deserializes_strictly(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, OncoExplainJsonContext.Default.ProfileDocument));

    public static TheoryData<string, string[]> ReaderProperties => new()
    {
        { nameof(ProfileDocument), WireProperties<ProfileProperty>.Names },
        { nameof(BiomarkersDocument), WireProperties<BiomarkersProperty>.Names },
        { nameof(VariantDocument), WireProperties<VariantProperty>.Names },
        { nameof(TreatmentDocument), WireProperties<TreatmentProperty>.Names },
    };

    [Theory]
    [MemberData(nameof(ReaderProperties))]
    public void The_reader_knows_exactly_the_properties_of_the_documents(string documentType, string[] readerNames)
    {
        JsonTypeInfo info = documentType switch
        {
            nameof(ProfileDocument) => OncoExplainJsonContext.Default.ProfileDocument,
            nameof(BiomarkersDocument) => OncoExplainJsonContext.Default.BiomarkersDocument,
            nameof(VariantDocument) => OncoExplainJsonContext.Default.VariantDocument,
            _ => OncoExplainJsonContext.Default.TreatmentDocument,
        };

        Assert.Equal(info.Properties.Select(p => p.Name), readerNames);
    }

    [Fact]
    public void The_reader_accepts_every_name_the_writer_writes()
    {
        foreach (var (json, parses) in AllWireNames())
        {
            Assert.True(parses, json);
        }
    }

    private static IEnumerable<(string Json, bool Parses)> AllWireNames()
    {
        foreach (var value in Enum.GetValues<CancerType>())
        {
            var name = JsonSerializer.SerializeToElement(value, OncoExplainJsonContext.Default.CancerType).GetString()!;
            yield return (name, WireEnums.Cancer.TryParse(name, out var back) && back == value);
        }

        foreach (var value in Enum.GetValues<PrimarySite>())
        {
            var name = JsonSerializer.SerializeToElement(value, OncoExplainJsonContext.Default.PrimarySite).GetString()!;
            yield return (name, WireEnums.PrimarySite.TryParse(name, out var back) && back == value);
        }

        foreach (var value in Enum.GetValues<Her2Status>())
        {
            var name = JsonSerializer.SerializeToElement(value, OncoExplainJsonContext.Default.Her2Status).GetString()!;
            yield return (name, WireEnums.Her2.TryParse(name, out var back) && back == value);
        }

        foreach (var value in Enum.GetValues<MetastaticSite>())
        {
            var name = JsonSerializer.SerializeToElement(value, OncoExplainJsonContext.Default.MetastaticSite).GetString()!;
            yield return (name, WireEnums.MetastaticSite.TryParse(name, out var back) && back == value);
        }
    }
}
