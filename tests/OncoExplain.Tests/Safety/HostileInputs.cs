using System.Text;

namespace OncoExplain.Tests.Safety;

/// <summary>
/// The hostile input catalogue of issue 9: every input here is invalid and must give the named error with its JSON path
/// through the API, <c>validate</c>, <c>explain</c> and <c>batch</c>, and never a profile, an explanation or a stack trace.
/// Listed in docs/errors.md.
/// </summary>
public static class HostileInputs
{
    private const string P = "\"cancer\":\"pancreatic\"";
    private const string C = "\"cancer\":\"colorectal\"";

    /// <summary>Every hostile input.</summary>
    public static IReadOnlyList<HostileInput> All { get; } =
    [
        .. Malformed(), .. Encodings(), .. ControlCharacters(), .. Limits(), .. Shapes(), .. Numbers(), .. Contradictions(),
    ];

    /// <summary>The catalogue as xUnit rows (by name).</summary>
    public static TheoryData<string> Names() => [.. All.Select(i => i.Name)];

    /// <summary>The inputs that fit on one line of a batch (not blank, no line break), as xUnit rows.</summary>
    public static TheoryData<string> OneLineNames() => [.. All.Where(i => i.IsOneLine).Select(i => i.Name)];

    /// <summary>The input of that name.</summary>
    public static HostileInput Named(string name) => All.Single(i => i.Name == name);

    private static IEnumerable<HostileInput> Malformed() =>
    [
        HostileInput.Text("empty input", "", "empty", "$"),
        HostileInput.Text("white space only", " \t\r\n ", "empty", "$"),
        HostileInput.Text("truncated after the opening brace", "{", "syntax", "$"),
        HostileInput.Text("truncated after a property name", "{\"cancer\":", "syntax", "$.cancer"),
        HostileInput.Text("truncated inside a string", "{\"cancer\":\"pancr", "syntax", "$.cancer"),
        HostileInput.Text("truncated before the closing brace", "{" + P, "syntax", "$"),
        HostileInput.Text("truncated inside an array", "{" + P + ",\"metastaticSites\":[\"liver\",", "syntax", "$.metastaticSites"),
        HostileInput.Text("closing bracket only", "]", "syntax", "$"),
        HostileInput.Text("single quotes", "{'cancer':'pancreatic'}", "syntax", "$"),
        HostileInput.Text("unquoted property name", "{cancer:\"pancreatic\"}", "syntax", "$"),
        HostileInput.Text("trailing comma", "{" + P + ",}", "syntax", "$"),
        HostileInput.Text("comment", "{" + P + "/* x */}", "syntax", "$"),
        HostileInput.Text("two profiles on one line", "{" + P + "}{" + C + "}", "syntax", "$"),
        HostileInput.Text("missing colon", "{\"cancer\" \"pancreatic\"}", "syntax", "$"),
        HostileInput.Text("leading zero", "{" + P + ",\"ecog\":01}", "syntax", "$.ecog"),
        HostileInput.Text("hexadecimal number", "{" + P + ",\"ecog\":0x1}", "syntax", "$.ecog"),
        HostileInput.Text("NaN literal", "{" + P + ",\"biomarkers\":{\"tmb\":NaN}}", "syntax", "$.biomarkers.tmb"),
        HostileInput.Text("Infinity literal", "{" + P + ",\"biomarkers\":{\"tmb\":Infinity}}", "syntax", "$.biomarkers.tmb"),
        HostileInput.Text("negative Infinity literal", "{" + P + ",\"age\":-Infinity}", "syntax", "$.age"),
        HostileInput.Text("invalid escape", "{" + P + ",\"id\":\"a\\qb\"}", "syntax", "$.id"),
    ];

    private static IEnumerable<HostileInput> Encodings() =>
    [
        Bytes("invalid UTF-8 byte in a string", "{" + P + ",\"id\":\"", [0xFF], "\"}", "encoding", "$"),
        Bytes("lone continuation byte", "{" + P + ",\"id\":\"a", [0x80], "b\"}", "encoding", "$"),
        Bytes("overlong encoding of '/'", "{" + P + ",\"id\":\"", [0xC0, 0xAF], "\"}", "encoding", "$"),
        Bytes("UTF-8-encoded surrogate", "{" + P + ",\"id\":\"", [0xED, 0xA0, 0x80], "\"}", "encoding", "$"),
        Bytes("truncated multi-byte character", "{" + P + ",\"id\":\"", [0xE2, 0x82], "\"}", "encoding", "$"),
        new("UTF-16 LE with byte-order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{" + P + "}")], "encoding", "$"),
        new("UTF-16 BE with byte-order mark", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("{" + P + "}")], "encoding", "$"),
        new("two UTF-8 byte-order marks", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{" + P + "}")], "syntax", "$"),
        HostileInput.Text("unpaired surrogate escape", "{" + P + ",\"id\":\"\\udc00\"}", "encoding", "$.id"),
        Bytes("raw NUL byte after the profile", "{" + P + "}", [0x00], "", "syntax", "$"),
        Bytes("raw NUL byte inside a string", "{" + P + ",\"id\":\"a", [0x00], "b\"}", "syntax", "$.id"),
        HostileInput.Text("raw tab inside a string", "{" + P + ",\"id\":\"a\tb\"}", "syntax", "$.id"),
    ];

    private static IEnumerable<HostileInput> ControlCharacters() =>
    [
        HostileInput.Text("escaped NUL in the id", "{" + P + ",\"id\":\"A-001\\u0000<script>\"}", "control-character", "$.id"),
        HostileInput.Text("escaped bell in the id", "{" + P + ",\"id\":\"A\\u0007\"}", "control-character", "$.id"),
        HostileInput.Text("escaped tab in the id", "{" + P + ",\"id\":\"A\\tB\"}", "control-character", "$.id"),
        HostileInput.Text("escaped line feed in the id", "{" + P + ",\"id\":\"A\\nB\"}", "control-character", "$.id"),
        HostileInput.Text("escaped carriage return in the id", "{" + P + ",\"id\":\"A\\rB\"}", "control-character", "$.id"),
        HostileInput.Text("escape character in the id (terminal colours)", "{" + P + ",\"id\":\"\\u001b[31mred\"}", "control-character", "$.id"),
        HostileInput.Text("DEL in the id", "{" + P + ",\"id\":\"A\\u007f\"}", "control-character", "$.id"),
        HostileInput.Text("C1 next-line in the id", "{" + P + ",\"id\":\"A\\u0085B\"}", "control-character", "$.id"),
        HostileInput.Text("escaped NUL in the cancer", "{\"cancer\":\"pancreatic\\u0000\"}", "unknown-value", "$.cancer"),
        HostileInput.Text("escaped NUL in a gene", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\\u0000\",\"change\":\"p.G12D\"}]}}", "invalid-gene", "$.biomarkers.variants[0].gene"),
        HostileInput.Text("escaped NUL in a change", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12D\\u0000\"}]}}", "invalid-hgvs", "$.biomarkers.variants[0].change"),
        HostileInput.Text("escaped NUL in a fusion", "{" + C + ",\"biomarkers\":{\"fusions\":[\"ETV6::NTRK3\\u0000\"]}}", "invalid-fusion", "$.biomarkers.fusions[0]"),
        HostileInput.Text("markup in a fusion", "{" + C + ",\"biomarkers\":{\"fusions\":[\"<script>alert(1)</script>::NTRK3\"]}}", "invalid-fusion", "$.biomarkers.fusions[0]"),
        HostileInput.Text("markup in a gene", "{" + C + ",\"biomarkers\":{\"negativeGenes\":[\"<img src=x onerror=alert(1)>\"]}}", "invalid-gene", "$.biomarkers.negativeGenes[0]"),
        HostileInput.Text("markup in a regimen", "{" + C + ",\"treatments\":[{\"regimen\":\"<b>folfox</b>\"}]}", "unknown-regimen", "$.treatments[0].regimen"),
    ];

    private static IEnumerable<HostileInput> Limits() =>
    [
        HostileInput.Text("id of 201 characters", "{" + P + ",\"id\":\"" + new string('x', 201) + "\"}", "out-of-range", "$.id"),
        HostileInput.Text("id of half a million characters", "{" + P + ",\"id\":\"" + new string('x', 500_000) + "\"}", "out-of-range", "$.id"),
        HostileInput.Text("input over 1 MiB", "{" + P + ",\"id\":\"" + new string('x', ProfileJson.MaxBytes) + "\"}", "too-large", "$"),
        HostileInput.Text("protein change of 10,000 characters", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G" + new string('1', 10_000) + "D\"}]}}", "invalid-hgvs", "$.biomarkers.variants[0].change"),
        HostileInput.Text("property name of 100,000 characters", "{" + P + ",\"" + new string('a', 100_000) + "\":1}", "unknown-property", "$." + new string('a', 100_000)),
        HostileInput.Text("nesting 17 levels deep", "{" + P + ",\"biomarkers\":" + Nested(16) + "}", "too-large", "$.biomarkers"),
        HostileInput.Text("nesting 100,000 levels deep", "{" + P + ",\"biomarkers\":" + Nested(100_000) + "}", "too-large", "$.biomarkers"),
        HostileInput.Text("1001 metastatic sites", "{" + P + ",\"metastaticSites\":[" + Repeat("\"liver\"", 1001) + "]}", "too-large", "$.metastaticSites"),
        HostileInput.Text("1001 variants", "{" + C + ",\"biomarkers\":{\"variants\":[" + Repeat("{\"gene\":\"TP53\",\"change\":\"p.R175H\"}", 1001) + "]}}", "too-large", "$.biomarkers.variants"),
        HostileInput.Text("1001 negative genes", "{" + C + ",\"biomarkers\":{\"negativeGenes\":[" + Repeat("\"NRAS\"", 1001) + "]}}", "too-large", "$.biomarkers.negativeGenes"),
        HostileInput.Text("10,000 fusions", "{" + C + ",\"biomarkers\":{\"fusions\":[" + Repeat("\"ETV6::NTRK3\"", 10_000) + "]}}", "too-large", "$.biomarkers.fusions"),
        HostileInput.Text("1001 treatments", "{" + P + ",\"treatments\":[" + Repeat("{\"regimen\":\"folfox\"}", 1001) + "]}", "too-large", "$.treatments"),
    ];

    private static IEnumerable<HostileInput> Shapes() =>
    [
        HostileInput.Text("root is an array", "[" + "{" + P + "}" + "]", "wrong-type", "$"),
        HostileInput.Text("root is a string", "\"pancreatic\"", "wrong-type", "$"),
        HostileInput.Text("root is null", "null", "wrong-type", "$"),
        HostileInput.Text("root is a number", "4", "wrong-type", "$"),
        HostileInput.Text("duplicate cancer", "{" + P + "," + C + "}", "duplicate-property", "$.cancer"),
        HostileInput.Text("duplicate cancer, same value", "{" + P + "," + P + "}", "duplicate-property", "$.cancer"),
        HostileInput.Text("duplicate msi", "{" + C + ",\"biomarkers\":{\"msi\":\"stable\",\"msi\":\"high\"}}", "duplicate-property", "$.biomarkers.msi"),
        HostileInput.Text("duplicate gene in a variant", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"gene\":\"NRAS\",\"change\":\"p.G12D\"}]}}", "duplicate-property", "$.biomarkers.variants[0].gene"),
        HostileInput.Text("unknown property", "{" + P + ",\"diagnosis\":\"curable\"}", "unknown-property", "$.diagnosis"),
        HostileInput.Text("property name in another case", "{\"Cancer\":\"pancreatic\"}", "unknown-property", "$.Cancer"),
        HostileInput.Text("missing cancer", "{\"ecog\":1}", "required", "$.cancer"),
        HostileInput.Text("null cancer", "{\"cancer\":null}", "required", "$.cancer"),
        HostileInput.Text("empty cancer", "{\"cancer\":\"\"}", "unknown-value", "$.cancer"),
        HostileInput.Text("unknown cancer", "{\"cancer\":\"lung\"}", "unknown-value", "$.cancer"),
        HostileInput.Text("variant without a change", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\"}]}}", "required", "$.biomarkers.variants[0].change"),
        HostileInput.Text("null inside an array", "{" + P + ",\"metastaticSites\":[null]}", "wrong-type", "$.metastaticSites[0]"),
        HostileInput.Text("object for a string", "{\"cancer\":{\"name\":\"pancreatic\"}}", "wrong-type", "$.cancer"),
        HostileInput.Text("invalid HGVS", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"G12D\"}]}}", "invalid-hgvs", "$.biomarkers.variants[0].change"),
        HostileInput.Text("unknown regimen", "{" + P + ",\"treatments\":[{\"regimen\":\"miracle-cure\"}]}", "unknown-regimen", "$.treatments[0].regimen"),
    ];

    private static IEnumerable<HostileInput> Numbers() =>
    [
        HostileInput.Text("ECOG as a string", "{" + P + ",\"ecog\":\"1\"}", "wrong-type", "$.ecog"),
        HostileInput.Text("age as a string", "{" + P + ",\"age\":\"64\"}", "wrong-type", "$.age"),
        HostileInput.Text("TMB as a string", "{" + C + ",\"biomarkers\":{\"tmb\":\"12.5\"}}", "wrong-type", "$.biomarkers.tmb"),
        HostileInput.Text("TMB as the string NaN", "{" + C + ",\"biomarkers\":{\"tmb\":\"NaN\"}}", "wrong-type", "$.biomarkers.tmb"),
        HostileInput.Text("weeks as a string", "{" + P + ",\"treatments\":[{\"regimen\":\"folfirinox\",\"weeks\":\"18\"}]}", "wrong-type", "$.treatments[0].weeks"),
        HostileInput.Text("line as a string", "{" + P + ",\"treatments\":[{\"regimen\":\"folfirinox\",\"line\":\"1\"}]}", "wrong-type", "$.treatments[0].line"),
        HostileInput.Text("boolean as a number", "{" + C + ",\"metastaticSites\":[\"liver\"],\"liverMetastasesResectable\":1}", "wrong-type", "$.liverMetastasesResectable"),
        HostileInput.Text("fractional ECOG", "{" + P + ",\"ecog\":1.5}", "wrong-type", "$.ecog"),
        HostileInput.Text("negative ECOG", "{" + P + ",\"ecog\":-1}", "out-of-range", "$.ecog"),
        HostileInput.Text("ECOG 5", "{" + P + ",\"ecog\":5}", "out-of-range", "$.ecog"),
        HostileInput.Text("age 500", "{" + P + ",\"age\":500}", "out-of-range", "$.age"),
        HostileInput.Text("age 1e400", "{" + P + ",\"age\":1e400}", "out-of-range", "$.age"),
        HostileInput.Text("negative weeks", "{" + P + ",\"treatments\":[{\"regimen\":\"folfirinox\",\"weeks\":-4}]}", "out-of-range", "$.treatments[0].weeks"),
        HostileInput.Text("100,000 weeks", "{" + P + ",\"treatments\":[{\"regimen\":\"folfirinox\",\"weeks\":100000}]}", "out-of-range", "$.treatments[0].weeks"),
        HostileInput.Text("line 0", "{" + P + ",\"treatments\":[{\"regimen\":\"folfirinox\",\"line\":0}]}", "out-of-range", "$.treatments[0].line"),
        HostileInput.Text("negative TMB", "{" + C + ",\"biomarkers\":{\"tmb\":-1}}", "out-of-range", "$.biomarkers.tmb"),
        HostileInput.Text("TMB a million", "{" + C + ",\"biomarkers\":{\"tmb\":1000000}}", "out-of-range", "$.biomarkers.tmb"),
        HostileInput.Text("TMB -1e400", "{" + C + ",\"biomarkers\":{\"tmb\":-1e400}}", "out-of-range", "$.biomarkers.tmb"),
    ];

    private static IEnumerable<HostileInput> Contradictions() =>
    [
        HostileInput.Text("KRAS variant and KRAS tested negative", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12D\"}],\"negativeGenes\":[\"KRAS\"]}}", "contradiction", "$.biomarkers.negativeGenes[0]"),
        HostileInput.Text("BRAF V600E and BRAF tested negative", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"BRAF\",\"change\":\"p.V600E\"}],\"negativeGenes\":[\"NRAS\",\"BRAF\"]}}", "contradiction", "$.biomarkers.negativeGenes[1]"),
        HostileInput.Text("germline BRCA2 and BRCA2 tested negative", "{" + P + ",\"biomarkers\":{\"variants\":[{\"gene\":\"BRCA2\",\"change\":\"p.K3326*\",\"origin\":\"germline\",\"significance\":\"pathogenic\"}],\"negativeGenes\":[\"BRCA2\"]}}", "contradiction", "$.biomarkers.negativeGenes[0]"),
        HostileInput.Text("resectable liver metastases without the liver", "{" + C + ",\"metastaticSites\":[\"lung\"],\"liverMetastasesResectable\":true}", "contradiction", "$.liverMetastasesResectable"),
        HostileInput.Text("pancreatic primary site for a colorectal cancer", "{" + C + ",\"primarySite\":\"head\"}", "contradiction", "$.primarySite"),
        HostileInput.Text("the same variant twice in two notations", "{" + C + ",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12D\"},{\"gene\":\"KRAS\",\"change\":\"p.Gly12Asp\"}]}}", "duplicate", "$.biomarkers.variants[1]"),
        HostileInput.Text("the same variant as germline and somatic", "{" + P + ",\"biomarkers\":{\"variants\":[{\"gene\":\"BRCA2\",\"change\":\"p.K3326*\",\"origin\":\"germline\"},{\"gene\":\"BRCA2\",\"change\":\"p.K3326*\"}]}}", "duplicate", "$.biomarkers.variants[1]"),
    ];

    private static HostileInput Bytes(string name, string before, byte[] bytes, string after, string code, string path) =>
        new(name, [.. Encoding.UTF8.GetBytes(before), .. bytes, .. Encoding.UTF8.GetBytes(after)], code, path);

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private static string Repeat(string item, int count) => string.Join(',', Enumerable.Repeat(item, count));
}
