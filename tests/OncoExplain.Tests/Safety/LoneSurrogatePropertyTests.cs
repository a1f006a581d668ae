namespace OncoExplain.Tests.Safety;

/// <summary>Found by the reader fuzzer: an escaped lone surrogate in a property name used to throw from the scanner.</summary>
public sealed class LoneSurrogatePropertyTests
{
    [Theory]
    [InlineData("{\"cancer\":\"colorectal\",\"\\uD800x\":1}")]
    [InlineData("{\"cancer\":\"colorectal\",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"\\uDC00\":\"p.G12D\"}]}}")]
    public void An_escaped_lone_surrogate_in_a_property_name_is_an_error_not_a_crash(string json)
    {
        var result = ProfileJson.Read(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Code == ProfileIssueCodes.UnknownProperty);
    }
}
