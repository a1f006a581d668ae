using System.Buffers;
using System.Globalization;

namespace OncoExplain.Readability;

/// <summary>
/// One pass over a text that counts sentences, words, syllables and letters without allocating (words longer than
/// 128 characters borrow a pooled buffer). The rules are documented in docs/readability.md, "Tokenization".
/// </summary>
internal static class TextScanner
{
    private const int StackBufferLength = 128;
    private const string Openers = "([{\"'“‘«‹¿¡„‚*_`";
    private const string Closers = ")]}\"'”’»›“*_`";

    private enum Terminal
    {
        None,

        /// <summary>! or ?: always ends the sentence.</summary>
        Strong,

        /// <summary>. or …: ends the sentence unless the next word starts with a lower-case letter.</summary>
        Weak,

        /// <summary>A period that belongs to an abbreviation: ends the sentence only at a paragraph break.</summary>
        Abbreviation,
    }

    public static TextCounts Count(ReadOnlySpan<char> text, LanguageProfile profile)
    {
        int sentences = 0, words = 0, syllables = 0, polysyllables = 0, monosyllables = 0, longWords = 0, letters = 0;
        var sentenceHasWords = false;
        var hasPrevious = false;
        var previous = Terminal.None;
        var lineIsHeading = false;
        var i = 0;
        while (true)
        {
            var lineBreaks = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                if (IsLineBreak(text, i))
                {
                    lineBreaks++;
                }

                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var token = text[start..i];
            if (hasPrevious && EndsSentence(previous, lineBreaks, lineIsHeading, token) && sentenceHasWords)
            {
                sentences++;
                sentenceHasWords = false;
            }

            var atLineStart = lineBreaks > 0 || !hasPrevious;
            if (atLineStart)
            {
                lineIsHeading = IsHeadingMarker(token);
            }

            // A list mark such as "1." at the start of a line is layout, not a word.
            var wordCharacters = atLineStart && IsBlockMarker(token) ? 0 : CountWordCharacters(token);
            if (wordCharacters > 0)
            {
                words++;
                letters += wordCharacters;
                if (wordCharacters > 6)
                {
                    longWords++;
                }

                var wordSyllables = IsAddress(token) ? 1 : CountSyllables(token, profile);
                syllables += wordSyllables;
                if (wordSyllables == 1)
                {
                    monosyllables++;
                }
                else if (wordSyllables >= 3)
                {
                    polysyllables++;
                }

                sentenceHasWords = true;
            }

            previous = Classify(token, profile);
            hasPrevious = true;
        }

        if (sentenceHasWords)
        {
            sentences++;
        }

        return new TextCounts(sentences, words, syllables, polysyllables, monosyllables, longWords, letters);
    }

    /// <summary>The syllables of one token: the sum over its runs of letters, at least 1.</summary>
    public static int CountSyllables(ReadOnlySpan<char> token, LanguageProfile profile)
    {
        char[]? rented = null;
        var buffer = token.Length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(token.Length));
        var total = 0;
        var length = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (length > 0 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // A combining accent (decomposed text) stays inside the word.
            }
            else if (length > 0 && profile.ApostropheJoins && IsApostrophe(c) && i + 1 < token.Length && char.IsLetter(token[i + 1]))
            {
                // "they're", "day's": the apostrophe is dropped and the word counted whole.
            }
            else if (length > 0)
            {
                total += profile.Syllables.Count(buffer[..length]);
                length = 0;
            }
        }

        if (length > 0)
        {
            total += profile.Syllables.Count(buffer[..length]);
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return Math.Max(1, total);
    }

    /// <summary>A web or e-mail address ("https://…", "www.…", "name@host.org") is read as one unit: one syllable.</summary>
    private static bool IsAddress(ReadOnlySpan<char> token) =>
        token.Contains("://", StringComparison.Ordinal)
        || token.TrimStart(Openers).StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (token.IndexOf('@') > 0 && token[token.IndexOf('@')..].Contains('.'));

    /// <summary>Letters, digits and underscores: what textstat keeps of a word after removing punctuation.</summary>
    public static int CountWordCharacters(ReadOnlySpan<char> token)
    {
        var count = 0;
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c) || c == '_' || char.IsNumber(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool EndsSentence(Terminal previous, int lineBreaks, bool lineIsHeading, ReadOnlySpan<char> next)
    {
        if (lineBreaks >= 2 || (lineBreaks == 1 && (lineIsHeading || IsBlockMarker(next))))
        {
            return true;
        }

        return previous switch
        {
            Terminal.Strong => true,
            Terminal.Weak => !StartsWithLowerCase(next),
            _ => false,
        };
    }

    private static Terminal Classify(ReadOnlySpan<char> token, LanguageProfile profile)
    {
        var core = token.TrimEnd(Closers);
        if (core.IsEmpty)
        {
            return Terminal.None;
        }

        switch (core[^1])
        {
            case '!' or '‼' or '⁉' or '！':
                return Terminal.Strong;
            case '?' or '⁇' or '⁈' or '？':
                return IsHgvsQuestionMark(core) ? Terminal.None : Terminal.Strong;
            case '…':
                return Terminal.Weak;
            case '.':
                if (core.Length >= 2 && core[^2] == '.')
                {
                    return Terminal.Weak;
                }

                return IsAbbreviation(core[..^1].TrimStart(Openers), profile) ? Terminal.Abbreviation : Terminal.Weak;
            default:
                return Terminal.None;
        }
    }

    /// <summary>"p.Met1?", "p.(Ile327Argfs*?)", "p.?": the question mark is part of an HGVS name, not punctuation.</summary>
    private static bool IsHgvsQuestionMark(ReadOnlySpan<char> core)
    {
        var body = core.TrimStart(Openers);
        return body.Length >= 3
            && body[1] == '.'
            && body[0] is 'p' or 'c' or 'g' or 'm' or 'n' or 'r'
            && !char.IsLetter(core[^2]);
    }

    /// <summary>e.g / i.e / U.S / z.B (one- or two-letter parts), a single lower-case letter, or a listed abbreviation.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> body, LanguageProfile profile)
    {
        if (body.IsEmpty)
        {
            return false;
        }

        if (body.Contains('.'))
        {
            foreach (var range in body.Split('.'))
            {
                var part = body[range];
                if (part.IsEmpty || part.Length > 2 || !IsAllLetters(part))
                {
                    return false;
                }
            }

            return true;
        }

        if (body.Length == 1)
        {
            return char.IsLower(body[0]) || profile.Abbreviations.Contains(stackalloc char[] { char.ToLowerInvariant(body[0]) });
        }

        if (body.Length > 8)
        {
            return false;
        }

        Span<char> lower = stackalloc char[8];
        var written = body.ToLowerInvariant(lower);
        return written == body.Length && profile.Abbreviations.Contains(lower[..written]);
    }

    private static bool IsAllLetters(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithLowerCase(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    /// <summary>A Markdown heading mark: one or more '#'.</summary>
    private static bool IsHeadingMarker(ReadOnlySpan<char> token) =>
        !token.IsEmpty && !token.ContainsAnyExcept('#');

    /// <summary>A list or heading mark at the start of a line: "-", "*", "•", "1.", "2)", "a)" or "#".</summary>
    private static bool IsBlockMarker(ReadOnlySpan<char> token)
    {
        if (IsHeadingMarker(token))
        {
            return true;
        }

        if (token.Length == 1)
        {
            return token[0] is '-' or '*' or '+' or '•' or '‣' or '◦' or '▪' or '–' or '—' or '·';
        }

        if (token.Length <= 4 && token[^1] is '.' or ')')
        {
            var body = token[..^1];
            return !body.ContainsAnyExceptInRange('0', '9') || (body.Length == 1 && char.IsLetter(body[0]) && token[^1] == ')');
        }

        return false;
    }

    private static bool IsLineBreak(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        '\n' or '\u0085' or '\u2028' or '\u2029' => true,
        '\r' => i + 1 >= text.Length || text[i + 1] != '\n',
        _ => false,
    };

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
