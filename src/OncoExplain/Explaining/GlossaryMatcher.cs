using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using OncoExplain.Internal;

namespace OncoExplain;

/// <summary>
/// Finds which glossary terms a set of texts uses, in one pass over each text, with exactly the result of testing every
/// form of every term with <see cref="GlossaryWriter.ContainsTerm"/>. Built once per culture; immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Most of an explanation is catalogue text used as it is. When built with <c>indexCatalogTexts</c>, the matcher scans
/// every text of its catalog once and keeps the result by content, so <see cref="Find(string)"/> answers such a text with one
/// dictionary read (content equality, so a copy of a catalogue text is found too) and scans only the others.</para>
/// <para>Texts composed from a template and values (a test's or a therapy's name, a count) repeat from one profile to the
/// next, so an indexing matcher also keeps the terms of up to <see cref="ComposedCapacity"/> composed texts of at most
/// <see cref="ComposedMaxLength"/> characters, by content; once full it scans the others.</para>
/// <para>For text joined from pieces, <see cref="FindStartingIn"/> scans just the match starts around each junction: a match
/// inside one piece is found in that piece alone, because a junction character that is not a word character ends a word
/// exactly as the start or end of the piece does.</para>
/// </remarks>
/// <remarks>
/// A match can only start where <see cref="GlossaryWriter.ContainsTerm"/> accepts a start: at the beginning of a text or after
/// a character that is not a word character. At each such position only the forms that can begin with its character are
/// compared: forms are grouped by the ASCII upper case of their first character; a non-ASCII character in the text, and any
/// form whose first character is not ASCII, are compared with everything, so no case-folding rule is assumed beyond ASCII.
/// </remarks>
internal sealed class GlossaryMatcher
{
    private static readonly Form[] NoForms = [];

    // The ASCII characters GlossaryWriter.IsWordCharacter accepts: letters, digits and '-'.
    private static readonly SearchValues<char> AsciiWordCharacters =
        SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly Form[][] byAsciiFirst = new Form[128][];
    private readonly Form[] nonAsciiFirst;
    private readonly Form[] all;
    private readonly FrozenDictionary<string, ulong> catalogTerms;
    private readonly ConcurrentDictionary<string, ulong>? composedTerms;
    private readonly Room composedRoom = new(ComposedCapacity);

    /// <summary>Builds the matcher from the catalog's term forms.</summary>
    /// <param name="texts">The culture's texts.</param>
    /// <param name="indexCatalogTexts">Whether to find the terms of every catalogue text now (once per culture), so later
    /// lookups of those texts need no scan.</param>
    public GlossaryMatcher(TextCatalog texts, bool indexCatalogTexts = false)
    {
        if (GlossaryWriter.Ids.Length > 64)
        {
            throw new InvalidOperationException("The glossary matcher tracks at most 64 terms.");
        }

        var forms = new List<Form>();
        for (var index = 0; index < GlossaryWriter.Ids.Length; index++)
        {
            foreach (var form in texts[$"Glossary.{GlossaryWriter.Ids[index]}.Match"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var comparison = form.Any(char.IsUpper) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                forms.Add(new Form(form, comparison, 1UL << index));
            }
        }

        all = [.. forms];
        nonAsciiFirst = [.. forms.Where(f => !char.IsAscii(f.Text[0]))];
        for (var c = 0; c < byAsciiFirst.Length; c++)
        {
            var upper = char.ToUpperInvariant((char)c);
            var bucket = forms.Where(f => char.IsAscii(f.Text[0]) && AsciiUpper(f.Text[0]) == upper).ToArray();
            byAsciiFirst[c] = bucket.Length == 0 ? NoForms : bucket;
        }

        LongestForm = forms.Count == 0 ? 0 : forms.Max(f => f.Text.Length);
        catalogTerms = indexCatalogTexts
            ? texts.ResolvedTexts.Distinct(StringComparer.Ordinal).ToFrozenDictionary(text => text, Scan, StringComparer.Ordinal)
            : FrozenDictionary<string, ulong>.Empty;
        composedTerms = indexCatalogTexts ? new ConcurrentDictionary<string, ulong>(StringComparer.Ordinal) : null;
    }

    /// <summary>How many composed texts an indexing matcher keeps the terms of: with <see cref="ComposedMaxLength"/>, at
    /// most about 2 MB of text per culture.</summary>
    public const int ComposedCapacity = 2048;

    /// <summary>The longest composed text whose terms are kept.</summary>
    public const int ComposedMaxLength = 512;

    /// <summary>How many composed texts' terms are kept (for tests).</summary>
    internal int ComposedCount => composedRoom.Taken;

    /// <summary>The length of the longest term form: a match that crosses a junction starts at most this far before it.</summary>
    public int LongestForm { get; }

    /// <summary>The terms used anywhere in <paramref name="texts"/>: bit <c>i</c> stands for <see cref="GlossaryWriter.Ids"/>[i].</summary>
    public ulong Find(IReadOnlyList<string> texts)
    {
        var found = 0UL;
        foreach (var text in texts)
        {
            found |= Find(text);
        }

        return found;
    }

    /// <summary>The terms used in one text: looked up when it is a catalogue text, scanned otherwise.</summary>
    public ulong Find(string text)
    {
        if (catalogTerms.TryGetValue(text, out var terms))
        {
            return terms;
        }

        if (composedTerms is null || text.Length > ComposedMaxLength)
        {
            return Scan(text);
        }

        if (composedTerms.TryGetValue(text, out terms))
        {
            return terms;
        }

        terms = Scan(text);
        if (composedRoom.TryTake(out _) && !composedTerms.TryAdd(text, terms))
        {
            composedRoom.GiveBack();
        }

        return terms;
    }

    /// <summary>The terms used in <paramref name="texts"/>, always by scanning (the reference the lookups must equal).</summary>
    public ulong Scan(IReadOnlyList<string> texts)
    {
        var found = 0UL;
        foreach (var text in texts)
        {
            found |= Scan(text);
        }

        return found;
    }

    /// <summary>The terms of the matches in <paramref name="text"/> that start at an index in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public ulong FindStartingIn(string text, int from, int to) =>
        Scan(text, Math.Max(0, from), Math.Min(to, text.Length));

    private ulong Scan(string text) => Scan(text, 0, text.Length);

    private ulong Scan(string text, int from, int to)
    {
        if (from >= to)
        {
            return 0;
        }

        var found = 0UL;
        var atStart = from == 0 || !GlossaryWriter.IsWordCharacter(text[from - 1]);
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (atStart)
            {
                if (c < 128)
                {
                    found |= Match(text, i, byAsciiFirst[c], found);
                    found |= Match(text, i, nonAsciiFirst, found);
                }
                else
                {
                    found |= Match(text, i, all, found);
                }
            }

            if (AsciiWordCharacters.Contains(c))
            {
                // No match starts inside a word: skip the rest of an ASCII run at vector speed.
                var run = text.AsSpan(i + 1).IndexOfAnyExcept(AsciiWordCharacters);
                i = run < 0 ? text.Length : i + 1 + run;
                atStart = false;
                continue;
            }

            atStart = !GlossaryWriter.IsWordCharacter(c);
            i++;
        }

        return found;
    }

    private static ulong Match(string text, int start, Form[] candidates, ulong found)
    {
        var matched = 0UL;
        foreach (var form in candidates)
        {
            if ((found & form.Bit) != 0 || form.Text.Length > text.Length - start)
            {
                continue;
            }

            // The cheap test first: the character after the would-be match must end the word.
            var end = start + form.Text.Length;
            if ((end == text.Length || !GlossaryWriter.IsWordCharacter(text[end]))
                && text.AsSpan(start, form.Text.Length).Equals(form.Text, form.Comparison))
            {
                matched |= form.Bit;
            }
        }

        return matched;
    }

    private static char AsciiUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - 32) : c;

    private readonly record struct Form(string Text, StringComparison Comparison, ulong Bit);
}
