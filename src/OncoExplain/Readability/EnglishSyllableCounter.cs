namespace OncoExplain.Readability;

/// <summary>
/// English syllables: vowel groups (a e i o u, and y when it sounds as a vowel), split where two adjacent vowels are
/// usually heard separately (hiatus), minus silent endings, with a small list of exceptions. The rules are described in
/// docs/readability.md and measured against the Text-Statistics (CMU dictionary) word lists by the tests.
/// </summary>
internal sealed class EnglishSyllableCounter : SyllableCounter
{
    public static readonly EnglishSyllableCounter Instance = new();

    private EnglishSyllableCounter()
    {
    }

    public override int Count(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        if (EnglishSyllableExceptions.Words.TryGetValue(word, out var known))
        {
            return known;
        }

        var count = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (IsVowelAt(word, i) && (i == 0 || !IsVowelAt(word, i - 1) || IsHiatus(word, i)))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return 0;
        }

        count -= SilentEndings(word, count);
        if ((word.Length >= 3 && word.EndsWith("sm") && IsVowelAt(word, word.Length - 3)) || word.EndsWith("thm"))
        {
            count++; // -ism, -asm, -thm: "organism", "spasm", "rhythm" end in a syllabic m.
        }

        return Math.Max(1, count);
    }

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>y is a consonant at the start of a word and between vowels ("player"), otherwise a vowel.</summary>
    private static bool IsVowelAt(ReadOnlySpan<char> w, int i)
    {
        var c = w[i];
        if (IsVowelLetter(c))
        {
            return true;
        }

        if (c != 'y' || i == 0)
        {
            return false;
        }

        var afterVowel = IsVowelLetter(w[i - 1]);
        var beforeVowel = i + 1 < w.Length && IsVowelLetter(w[i + 1]);
        return !(afterVowel && beforeVowel);
    }

    private static bool Next(ReadOnlySpan<char> w, int i, char c) => i < w.Length && w[i] == c;

    private static bool NextIs(ReadOnlySpan<char> w, int i, string s) => i >= 0 && i <= w.Length && w[i..].StartsWith(s);

    private static bool At(ReadOnlySpan<char> w, int i, string letters) => i >= 0 && i < w.Length && letters.Contains(w[i]);

    /// <summary>Whether the vowel at <paramref name="i"/> starts a new syllable although the previous letter is a vowel.</summary>
    private static bool IsHiatus(ReadOnlySpan<char> w, int i)
    {
        var previous = w[i - 1];
        var current = w[i];
        var before = i - 2;
        var rest = w[(i + 1)..];

        // A y sounded as a vowel after a consonant ("dying", "embryo") stands alone.
        if (previous == 'y')
        {
            return true;
        }

        // "being", "going", "continuing": -ing after a vowel.
        if (current == 'i' && (rest.SequenceEqual("ng") || rest.SequenceEqual("ngs")))
        {
            return true;
        }

        return (previous, current) switch
        {
            // "media", "variant", "diagnosis"; but "social", "initial", "asia", "-iage" ("marriage"); "-iate" after c/t splits.
            ('i', 'a') => At(w, before, "ctsg") ? Next(w, i + 1, 't') : !(rest.SequenceEqual("ge") || rest.SequenceEqual("ges")),

            // "biopsy", "radio", "period", "serious"; but "-tion", "-sion", "-cious", "-gion", "million", "onion".
            ('i', 'o') => !((At(w, before, "tscgxh") && (Next(w, i + 1, 'n') || Next(w, i + 1, 'u')))
                            || (Next(w, i + 1, 'n') && (NextIs(w, before - 1, "ll") || At(w, before, "n")))),

            // "diet", "quiet", "client", "easier", "happiest"; but "patient", "ancient", "field", "tried", "studies".
            ('i', 'e') => NextIs(w, i + 1, "t")
                          || ((NextIs(w, i + 1, "nt") || NextIs(w, i + 1, "nce") || NextIs(w, i + 1, "ncy")) && !At(w, before, "ctsx"))
                          || ((rest.SequenceEqual("r") || rest.SequenceEqual("rs")) && i >= 4)
                          || ((rest.SequenceEqual("n") || rest.SequenceEqual("ns")) && i >= 3)
                          || (rest.SequenceEqual("st") && i >= 4),

            // "medium", "sodium", "premium".
            ('i', 'u') => true,
            ('i', 'i') => true,

            // "video", "neo", "geography"; but "surgeon", "gorgeous", "ocean" (c/g inside the word).
            ('e', 'o') => !(At(w, before, "gc") && before > 0),

            // "idea", "area", "nausea": final -ea after another vowel group.
            ('e', 'a') => rest.IsEmpty && HasVowelBefore(w, before),

            // "museum", "linoleum".
            ('e', 'u') => rest.SequenceEqual("m"),

            // "actual", "usual", "evaluate"; but "quality", "language".
            ('u', 'a') => !At(w, before, "qg"),

            // "duo", "fluorouracil", "continuous"; but "quote".
            ('u', 'o') => !At(w, before, "q"),

            // "cruel", "fluent", "duet", "fuel"; but "tissue", "guess", "sequence", "suede".
            ('u', 'e') => !At(w, before, "qg") && (Next(w, i + 1, 'l') || Next(w, i + 1, 'n') || Next(w, i + 1, 't')),

            // "fluid", "ruin", "genuine", "continuity"; but "guide", "quit", "build", "fruit".
            ('u', 'i') => !At(w, before, "qgb") && (Next(w, i + 1, 'd') || Next(w, i + 1, 'n') || NextIs(w, i + 1, "ty")),

            // "boa", "protozoa": final -oa.
            ('o', 'a') => rest.IsEmpty,

            // "poet", "poem".
            ('o', 'e') => Next(w, i + 1, 't') || Next(w, i + 1, 'm'),

            // "mosaic", "archaic".
            ('a', 'i') => rest.SequenceEqual("c"),
            _ => false,
        };
    }

    private static bool HasVowelBefore(ReadOnlySpan<char> w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowelAt(w, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConsonantAt(ReadOnlySpan<char> w, int i) => i >= 0 && i < w.Length && !IsVowelAt(w, i);

    /// <summary>Silent e's that the vowel-group count included.</summary>
    private static int SilentEndings(ReadOnlySpan<char> w, int count)
    {
        if (count <= 1)
        {
            return 0;
        }

        var n = w.Length;
        var silent = 0;

        // Final e after a consonant: "make", "medicine"; kept in "table", "acre" (consonant + le/re).
        if (w[n - 1] == 'e' && IsConsonantAt(w, n - 2) && !KeepsFinalE(w, n - 2))
        {
            silent++;
        }

        // Final -es: silent e in "makes", "genes"; heard in "boxes", "changes", "places", "tables".
        else if (n >= 4 && w.EndsWith("es") && IsConsonantAt(w, n - 3)
            && !At(w, n - 3, "sxz") && !w.EndsWith("ches") && !w.EndsWith("shes") && !w.EndsWith("ges") && !w.EndsWith("ces")
            && !KeepsFinalE(w, n - 3))
        {
            silent++;
        }

        // Final -ed: silent e in "played", "enriched"; heard in "wanted", "needed".
        else if (n >= 4 && w.EndsWith("ed") && IsConsonantAt(w, n - 3) && !At(w, n - 3, "td") && !KeepsFinalE(w, n - 3))
        {
            silent++;
        }

        // -gue / -que: "fatigue", "unique", "league" (the u and e are silent).
        else if (w.EndsWith("gue") || w.EndsWith("que") || w.EndsWith("gues") || w.EndsWith("ques"))
        {
            silent++;
        }

        // A silent e before a suffix: "lonely", "management", "useful", "awareness", "useless".
        foreach (var suffix in SilentESuffixes)
        {
            var e = n - suffix.Length - 1;
            if (e >= 2 && w.EndsWith(suffix) && w[e] == 'e' && IsConsonantAt(w, e - 1) && !KeepsFinalE(w, e - 1) && IsVowelBeforeConsonant(w, e - 1))
            {
                silent++;
                break;
            }
        }

        return Math.Min(silent, count - 1);
    }

    private static readonly string[] SilentESuffixes = ["ly", "ment", "ments", "ful", "fully", "ness", "less"];

    /// <summary>consonant + l/r + e is a syllable of its own ("table", "little", "acre", "centre").</summary>
    private static bool KeepsFinalE(ReadOnlySpan<char> w, int consonant) =>
        w[consonant] is 'l' or 'r' && IsConsonantAt(w, consonant - 1) && w[consonant - 1] != w[consonant];

    /// <summary>The consonant before a suffix's silent e follows a vowel ("use-ful", "manage-ment", not "simple-ly").</summary>
    private static bool IsVowelBeforeConsonant(ReadOnlySpan<char> w, int consonant) =>
        consonant >= 1 && (IsVowelAt(w, consonant - 1) || (consonant >= 2 && IsVowelAt(w, consonant - 2)));
}
