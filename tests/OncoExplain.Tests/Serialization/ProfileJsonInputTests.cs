using System.Text;

namespace OncoExplain.Tests.Serialization;

/// <summary>Encodings, byte-order marks, sources (text, bytes, streams) and the documented size limits.</summary>
public sealed class ProfileJsonInputTests
{
    private static readonly byte[] Minimal = """{"cancer": "pancreatic"}"""u8.ToArray();

    [Fact]
    public void Ignores_a_utf8_byte_order_mark()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Minimal];

        Assert.True(ProfileJson.Read(withBom).IsValid);
        Assert.True(ProfileJson.Read("\uFEFF" + Encoding.UTF8.GetString(Minimal)).IsValid);
    }

    [Fact]
    public void Invalid_utf8_is_an_encoding_error_at_the_bad_byte()
    {
        byte[] bytes = [.. "{\"cancer\": \"pancreatic\",\n \"id\": \"a"u8, 0xC3, 0x28, .. "\"}"u8];

        var error = Assert.Single(ProfileJson.Read(bytes).Errors);

        Assert.Equal((ProfileIssueCodes.Encoding, "$", 2, 10), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_string_is_an_encoding_error()
    {
        var error = Assert.Single(ProfileJson.Read("{\"cancer\": \"pancreatic\", \"id\": \"\uD800\"}").Errors);

        Assert.Equal(ProfileIssueCodes.Encoding, error.Code);
    }

    [Fact]
    public void Empty_bytes_are_an_empty_input_error()
    {
        var error = Assert.Single(ProfileJson.Read(ReadOnlySpan<byte>.Empty).Errors);

        Assert.Equal(ProfileIssueCodes.Empty, error.Code);
    }

    [Fact]
    public void Input_over_the_byte_limit_is_too_large_from_every_source()
    {
        var json = "{\"cancer\": \"pancreatic\", \"id\": \"" + new string('x', ProfileJson.MaxBytes) + "\"}";
        var bytes = Encoding.UTF8.GetBytes(json);

        foreach (var result in new[] { ProfileJson.Read(json), ProfileJson.Read(bytes), ProfileJson.Read(new MemoryStream(bytes)) })
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal((ProfileIssueCodes.TooLarge, "$"), (error.Code, error.Path));
            Assert.Contains("1048576 bytes", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Input_just_under_the_byte_limit_is_read()
    {
        var prefix = "{\"cancer\": \"pancreatic\", \"unused\": \"";
        var json = prefix + new string('x', ProfileJson.MaxBytes - prefix.Length - 2) + "\"}";

        var error = Assert.Single(ProfileJson.Read(json).Errors);

        Assert.Equal(ProfileIssueCodes.UnknownProperty, error.Code);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_too_large()
    {
        var json = "{\"cancer\": \"pancreatic\", \"deep\": " + new string('[', ProfileJson.MaxDepth) + new string(']', ProfileJson.MaxDepth) + "}";

        var errors = ProfileJson.Read(json).Errors;

        Assert.Contains(errors, e => e.Code == ProfileIssueCodes.TooLarge && e.Message.Contains("nested deeper", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Code == ProfileIssueCodes.Syntax);
    }

    [Fact]
    public void An_array_over_the_length_limit_is_too_large_once()
    {
        var sites = string.Join(",", Enumerable.Repeat("\"liver\"", ProfileJson.MaxArrayLength + 5));
        var result = ProfileJson.Read("{\"cancer\": \"colorectal\", \"metastaticSites\": [" + sites + "]}");

        var error = Assert.Single(result.Errors);
        Assert.Equal((ProfileIssueCodes.TooLarge, "$.metastaticSites"), (error.Code, error.Path));
    }

    [Fact]
    public void Reads_from_a_stream_larger_than_its_first_buffer()
    {
        var valid = Encoding.UTF8.GetBytes("{\"cancer\": \"colorectal\"}" + new string(' ', 40_000));
        var trailing = Encoding.UTF8.GetBytes("{\"cancer\": \"colorectal\"}" + new string(' ', 40_000) + "x");

        Assert.True(ProfileJson.Read(new MemoryStream(valid)).IsValid);
        var error = Assert.Single(ProfileJson.Read(new MemoryStream(trailing)).Errors);
        Assert.Equal((ProfileIssueCodes.Syntax, 1, trailing.Length), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task Reads_asynchronously_from_a_stream()
    {
        var result = await ProfileJson.ReadAsync(new MemoryStream(Minimal), TestContext.Current.CancellationToken);

        Assert.Equal(CancerType.Pancreatic, result.Profile?.Cancer);
    }
}
