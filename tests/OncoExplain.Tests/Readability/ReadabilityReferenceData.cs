using System.Text.Json;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Readability;

/// <summary>Reads the readability reference material in ../shared/data/readability (skips the test when it is absent).</summary>
internal static class ReadabilityReferenceData
{
    public const string Root = "readability";

    /// <summary>The sample texts of the textstat test suite, by name (EASY_TEXT, LONG_TEXT, GERMAN_SAMPLE_A, …).</summary>
    public static IReadOnlyDictionary<string, string> TextstatTexts()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.RequireFile($"{Root}/textstat-expected/textstat_test_expectations.json")));
        return json.RootElement.GetProperty("texts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
    }

    /// <summary>textstat expectations: metric, text reference (or the inline text), language, extra arguments, expected value.</summary>
    public static IReadOnlyList<TextstatCase> TextstatCases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.RequireFile($"{Root}/textstat-expected/textstat_test_expectations.json")));
        var cases = new List<TextstatCase>();
        foreach (var item in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            // The text is under "text" (a reference object or an inline string) or, for some counts, under "test".
            var text = item.TryGetProperty("text", out var t) ? t : item.GetProperty("test");
            (string? reference, string? inline) = text.ValueKind == JsonValueKind.Object
                ? (text.GetProperty("text_ref").GetString(), (string?)null)
                : ((string?)null, text.GetString());
            var language = item.TryGetProperty("lang", out var lang) ? lang.GetString() : null;
            double? expected = item.TryGetProperty("expected", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
            cases.Add(new TextstatCase(item.GetProperty("metric").GetString()!, reference, inline, language, expected, item.Clone()));
        }

        return cases;
    }

    /// <summary>Text-Statistics (PHP) expected syllable counts: (test file, word, syllables).</summary>
    public static IReadOnlyList<(string File, string Word, int Syllables)> TextStatisticsSyllables() =>
        ReadTsv($"{Root}/textstatistics-php-expected/syllable_counts.tsv")
            .Select(row => (row[0], row[1].Replace("\\'", "'", StringComparison.Ordinal), int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Text-Statistics (PHP) metric expectations: (test file, method, text or strText:FILE, extra args, expected).</summary>
    public static IReadOnlyList<string[]> TextStatisticsMetrics() => ReadTsv($"{Root}/textstatistics-php-expected/metric_cases.tsv");

    /// <summary>A Text-Statistics long text ("strText:TextStatisticsKiplingIfTest.php").</summary>
    public static string TextStatisticsText(string testFile) =>
        File.ReadAllText(SharedData.RequireFile($"{Root}/textstatistics-php-expected/strText_{testFile.Replace(".php", string.Empty, StringComparison.Ordinal)}.txt"));

    /// <summary>GNU style / Fathom / textstat results per input: rows keyed by the header of cross_implementation_readability.tsv.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> CrossImplementation()
    {
        var rows = ReadTsv($"{Root}/readability-cross-implementation/cross_implementation_readability.tsv", keepHeader: true);
        var header = rows[0];
        return rows.Skip(1)
            .Select(row => (IReadOnlyDictionary<string, string>)header.Select((name, i) => (name, value: i < row.Length ? row[i] : string.Empty))
                .ToDictionary(p => p.name, p => p.value))
            .ToList();
    }

    public static string CrossImplementationInput(string file) =>
        File.ReadAllText(SharedData.RequireFile($"{Root}/readability-cross-implementation/{file}"));

    public static string NciDirectory(string audience) => SharedData.RequireDirectory($"{Root}/nci-pdq-patient-vs-hp/{audience}");

    /// <summary>Tab-separated rows; a field in double quotes may hold tabs, line breaks and doubled quotes.</summary>
    private static List<string[]> ReadTsv(string relative, bool keepHeader = false)
    {
        var text = File.ReadAllText(SharedData.RequireFile(relative));
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == '\t')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }

        return rows.Skip(keepHeader ? 0 : 1).Where(row => row.Length > 1).ToList();
    }
}

/// <summary>One textstat expectation.</summary>
internal sealed record TextstatCase(string Metric, string? TextReference, string? InlineText, string? Language, double? Expected, JsonElement Raw)
{
    public string Text(IReadOnlyDictionary<string, string> texts) => InlineText ?? texts[TextReference!];

    public int? IntArgument(string name) =>
        Raw.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
