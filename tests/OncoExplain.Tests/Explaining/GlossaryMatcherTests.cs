namespace OncoExplain.Tests.Explaining;

/// <summary>The one-pass glossary matcher finds exactly the terms that testing every form with ContainsTerm finds.</summary>
public sealed class GlossaryMatcherTests
{
    private static readonly TextCatalog Texts = new("en", overrides: null);
    private static readonly GlossaryMatcher Matcher = new(Texts);

    private static readonly string[][] Forms =
    [
        .. GlossaryWriter.Ids.Select(id => Texts[$"Glossary.{id}.Match"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
    ];

    // Pieces that make matches, near misses (inside words, after hyphens, other case) and non-ASCII neighbours.
    private static readonly string[] Glue = [" ", "-", "", ".", ", ", "\n", "(", ")", "é", "ſ", "K", "k", "s", "2", "’", "\u00a0"];

    [Fact]
    public void Finds_the_same_terms_as_testing_every_form()
    {
        var random = new Random(20261123);
        var pieces = Forms.SelectMany(f => f).ToArray();
        for (var round = 0; round < 3000; round++)
        {
            var text = new System.Text.StringBuilder();
            var parts = random.Next(1, 8);
            for (var i = 0; i < parts; i++)
            {
                var piece = pieces[random.Next(pieces.Length)];
                piece = random.Next(4) switch
                {
                    0 => piece.ToUpperInvariant(),
                    1 => piece.ToLowerInvariant(),
                    2 => piece[..Math.Max(1, piece.Length - 1)],
                    _ => piece,
                };
                text.Append(Glue[random.Next(Glue.Length)]).Append(piece).Append(Glue[random.Next(Glue.Length)]);
            }

            var texts = new[] { text.ToString(), "unrelated words only" };
            Assert.Equal(Expected(texts), Matcher.Find(texts));
        }
    }

    [Fact]
    public void Finds_the_terms_of_a_real_explanation()
    {
        var explanation = OncoExplainer.Create().Explain(ProfileJson.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "colorectal-kras-g12c-after-folfox-folfiri.json"))).Profile!);
        string[] texts = [.. explanation.Summary, .. explanation.Sections.SelectMany(s => s.Paragraphs), .. explanation.Faq.Select(f => f.Answer)];
        Assert.Equal(Expected(texts), Matcher.Find(texts));
    }

    private static ulong Expected(IReadOnlyList<string> texts)
    {
        var expected = 0UL;
        for (var index = 0; index < Forms.Length; index++)
        {
            if (texts.Any(text => Forms[index].Any(form => GlossaryWriter.ContainsTerm(text, form))))
            {
                expected |= 1UL << index;
            }
        }

        return expected;
    }
}
