using System.Buffers;

namespace OncoExplain;

/// <summary>
/// Finds which glossary terms a set of texts uses, in one pass over each text, with exactly the result of testing every
/// form of every term with <see cref="GlossaryWriter.ContainsTerm"/>. Built once per culture; immutable and thread-safe.
/// </summary>
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

    public GlossaryMatcher(TextCatalog texts)
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
    }

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

    private ulong Find(string text)
    {
        var found = 0UL;
        var atStart = true;
        var i = 0;
        while (i < text.Length)
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
