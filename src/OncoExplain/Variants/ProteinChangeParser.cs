using System.Collections.Immutable;
using System.Globalization;

namespace OncoExplain;

/// <summary>A recursive-descent reader of HGVS protein descriptions (<c>[accession:]p.…</c>).</summary>
internal ref struct ProteinChangeParser
{
    private const int MaxPosition = 100_000;
    private const int MaxCount = 100_000;

    private static readonly System.Buffers.SearchValues<char> AccessionCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");

    private readonly string _text;
    private int _index;
    private bool _sawOneLetter;
    private bool _sawThreeLetter;
    private string? _error;

    public ProteinChangeParser(string text)
    {
        _text = text;
    }

    public ProteinChange? Parse(out string? error)
    {
        var change = ParseDescription();
        if (change is not null && _sawOneLetter && _sawThreeLetter)
        {
            change = null;
            Fail(0, "mixes one-letter and three-letter amino-acid codes; use one style, for example p.G12D or p.Gly12Asp");
        }

        if (change is null && UnsupportedNotation.Describe(_text) is { } unsupported)
        {
            _error = $"'{_text}' {unsupported}.";
        }

        error = _error;
        return _error is null ? change : null;
    }

    private ProteinChange? ParseDescription()
    {
        if (_text.Length == 0)
        {
            return Fail(0, "is empty; expected a protein change such as p.G12D");
        }

        var whitespace = _text.AsSpan().IndexOfAny(" \t\r\n");
        if (whitespace >= 0)
        {
            return Fail(whitespace, "contains white space");
        }

        string? reference = null;
        var colon = _text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            reference = _text[..colon];
            if (!IsAccession(reference))
            {
                return Fail(0, $"has '{reference}' before the colon, which is not a reference sequence accession such as NP_004976.2");
            }

            _index = colon + 1;
        }

        if (!Take("p."))
        {
            if (Peek() is 'c' or 'g' or 'n' or 'm' or 'r' && PeekAt(1) == '.')
            {
                return Fail(_index, $"is a '{Peek()}.' description; only protein changes (p.) are read here");
            }

            var hint = TryHintWithoutPrefix();
            return Fail(_index, "must start with 'p.'" + hint);
        }

        var change = ParseAfterPrefix();
        if (change is null)
        {
            return null;
        }

        if (_index != _text.Length)
        {
            return Fail(_index, $"has unexpected text '{_text[_index..]}' at the end");
        }

        return reference is null ? change : change with { Reference = reference };
    }

    private ProteinChange? ParseAfterPrefix()
    {
        if (Take("?"))
        {
            return new ProteinChange(ProteinChangeKind.Unknown);
        }

        if (Take("0?"))
        {
            return new ProteinChange(ProteinChangeKind.NoProtein) { IsPredicted = true };
        }

        if (Take("0"))
        {
            return new ProteinChange(ProteinChangeKind.NoProtein);
        }

        if (Peek() == '[')
        {
            return Fail(_index, "is an allele (several changes in [ ]); give each change on its own");
        }

        if (Take("("))
        {
            var inner = Take("?") ? new ProteinChange(ProteinChangeKind.Unknown)
                : Take("0") ? new ProteinChange(ProteinChangeKind.NoProtein)
                : ParseBody();
            if (inner is null)
            {
                return null;
            }

            if (!Take(")"))
            {
                return Fail(_index, "opens '(' for a predicted change but does not close it with ')'");
            }

            return inner with { IsPredicted = true };
        }

        return ParseBody();
    }

    private ProteinChange? ParseBody()
    {
        if (Take("="))
        {
            return new ProteinChange(ProteinChangeKind.Synonymous);
        }

        if (ParsePosition() is not { } start)
        {
            return null;
        }

        ProteinPosition? end = null;
        if (Take("_"))
        {
            if (ParsePosition() is not { } last)
            {
                return null;
            }

            if (last.Position <= start.Position)
            {
                return Fail(_index, $"has a range that ends ({last.Position}) before it starts ({start.Position})");
            }

            end = last;
        }

        if (TakeWord("delins"))
        {
            return ParseSequence() is { IsDefault: false } inserted
                ? DeletionInsertion(start, end, inserted)
                : null;
        }

        if (TakeWord("del"))
        {
            return new ProteinChange(ProteinChangeKind.Deletion) { Start = start, End = end };
        }

        if (TakeWord("dup"))
        {
            return new ProteinChange(ProteinChangeKind.Duplication) { Start = start, End = end };
        }

        if (TakeWord("ins"))
        {
            if (end is not { } right || right.Position != start.Position + 1)
            {
                return Fail(_index, "has an insertion that is not between two neighbouring amino acids (for example p.Lys2_Gly3insGln)");
            }

            return ParseSequence() is { IsDefault: false } inserted
                ? new ProteinChange(ProteinChangeKind.Insertion) { Start = start, End = end, Inserted = inserted }
                : null;
        }

        if (Take("["))
        {
            var count = ParseNumber(MaxCount, "repeat count");
            if (count is null)
            {
                return null;
            }

            return Take("]")
                ? new ProteinChange(ProteinChangeKind.Repeat) { Start = start, End = end, RepeatCount = count }
                : Fail(_index, "opens '[' for a repeat count but does not close it with ']'");
        }

        if (end is not null)
        {
            return Fail(_index, "has a range followed by something other than del, dup, ins, delins or a repeat count");
        }

        if (Take("="))
        {
            return new ProteinChange(ProteinChangeKind.Synonymous) { Start = start };
        }

        if (Take("?"))
        {
            return start.Position == 1
                ? new ProteinChange(ProteinChangeKind.StartLoss) { Start = start }
                : Fail(_index - 1, "uses '?' after a position other than the start codon (only p.Met1? is meaningful)");
        }

        if (TakeWord("fs"))
        {
            return ParseFrameshiftTail(start, alternate: null);
        }

        if (TakeWord("ext"))
        {
            return ParseExtensionTail(start, alternate: null);
        }

        if (ParseAminoAcid("a new amino acid, del, dup, ins, delins, fs, ext, = or ?") is not { } alternate)
        {
            return null;
        }

        if (TakeWord("fs"))
        {
            return ParseFrameshiftTail(start, alternate);
        }

        if (TakeWord("ext"))
        {
            return ParseExtensionTail(start, alternate);
        }

        if (start is { AminoAcid: AminoAcid.Met, Position: 1 } && alternate != AminoAcid.Met)
        {
            return Fail(_index, "changes the start codon (Met1) as if it were a substitution; its effect cannot be predicted and is written p.Met1? or p.(Met1?)");
        }

        if (start.AminoAcid == AminoAcid.Ter)
        {
            return alternate == AminoAcid.Ter
                ? new ProteinChange(ProteinChangeKind.Synonymous) { Start = start }
                : Fail(_index, "changes the stop codon without 'ext' (a stop-loss is written like p.Ter110GlnextTer17)");
        }

        if (alternate == AminoAcid.Ter)
        {
            return new ProteinChange(ProteinChangeKind.Nonsense) { Start = start };
        }

        if (alternate == start.AminoAcid)
        {
            return new ProteinChange(ProteinChangeKind.Synonymous) { Start = start };
        }

        return new ProteinChange(ProteinChangeKind.Substitution) { Start = start, Alternate = alternate };
    }

    private ProteinChange? ParseFrameshiftTail(ProteinPosition start, AminoAcid? alternate)
    {
        if (start.AminoAcid == AminoAcid.Ter)
        {
            return Fail(_index, "has a frameshift starting at a stop codon; a stop-loss is written with 'ext'");
        }

        if (alternate == AminoAcid.Ter)
        {
            return Fail(_index, "is a frameshift whose first changed amino acid is a stop; that is a nonsense change, written like p.Tyr4Ter");
        }

        if (alternate == start.AminoAcid)
        {
            return Fail(_index, "is a frameshift that names an unchanged amino acid; a frameshift starts at the first changed amino acid, like p.Gln151Thrfs*9");
        }

        var change = new ProteinChange(ProteinChangeKind.Frameshift) { Start = start, Alternate = alternate };
        if (!TakeStop())
        {
            return change;
        }

        if (Take("?"))
        {
            return change with { NewStopUnknown = true };
        }

        // fsTer / fs* without a number says no more than a bare fs.
        if (!char.IsAsciiDigit(Peek()))
        {
            return change;
        }

        var stop = ParseNumber(MaxPosition, "new stop position");
        return stop is null ? null : change with { NewStopOrStart = stop };
    }

    private ProteinChange? ParseExtensionTail(ProteinPosition start, AminoAcid? alternate)
    {
        if (Take("-"))
        {
            if (start.Position != 1 || start.AminoAcid != AminoAcid.Met)
            {
                return Fail(_index, "has an N-terminal extension (ext-N) that does not start at Met1");
            }

            if (alternate is not null)
            {
                return Fail(_index, "changes Met1 in an N-terminal extension; Met1 stays and the extension is written p.Met1ext-5");
            }

            var upstream = ParseNumber(MaxPosition, "new start position");
            return upstream is null
                ? null
                : new ProteinChange(ProteinChangeKind.Extension) { Start = start, Alternate = alternate, NewStopOrStart = -upstream };
        }

        if (start.AminoAcid != AminoAcid.Ter)
        {
            return Fail(_index, "has a C-terminal extension that does not start at the stop codon (for example p.Ter110GlnextTer17)");
        }

        var change = new ProteinChange(ProteinChangeKind.Extension) { Start = start, Alternate = alternate };
        if (!TakeStop())
        {
            return char.IsAsciiLetterUpper(Peek())
                ? ParseExtensionSequence(change)
                : Fail(_index, "has 'ext' without the new stop (for example extTer17 or ext*?)");
        }

        if (Take("?"))
        {
            return change with { NewStopUnknown = true };
        }

        var stop = ParseNumber(MaxPosition, "new stop position");
        return stop is null ? null : change with { NewStopOrStart = stop };
    }

    private ProteinChange? DeletionInsertion(ProteinPosition start, ProteinPosition? end, ImmutableArray<AminoAcid> inserted)
    {
        // A single inserted amino acid equal to the first or last deleted one leaves that residue unchanged: the change
        // is really a deletion (HGVS: p.(Val559_Glu561del), not p.(Val559_Glu562delinsGlu)) or, at one position, none.
        // Longer sequences that keep an end residue are insertions in disguise; data sources such as dbSNP write them,
        // so they are read as given.
        if (inserted is [var only] && (only == start.AminoAcid || only == (end ?? start).AminoAcid))
        {
            return Fail(_index, $"replaces amino acids by {only.ToThreeLetter()}, which is already there; describe the change without it (del for the others, or = when nothing changes)");
        }

        return new ProteinChange(ProteinChangeKind.DeletionInsertion) { Start = start, End = end, Inserted = inserted };
    }

    private ProteinChange? ParseExtensionSequence(ProteinChange change)
    {
        var sequence = ParseSequence();
        if (sequence.IsDefault)
        {
            return null;
        }

        return sequence[^1] == AminoAcid.Ter && sequence.Length > 1
            ? change with { Inserted = sequence }
            : Fail(_index, "has an extension sequence that does not end with the new stop (for example extAsnLysTer)");
    }

    private ImmutableArray<AminoAcid> ParseSequence()
    {
        var sequence = ParseSequenceText();
        if (!sequence.IsDefault && sequence.IndexOf(AminoAcid.Ter) is var stop && stop >= 0 && stop < sequence.Length - 1)
        {
            Fail(_index, "lists amino acids after a stop (Ter); nothing after the stop is made, so end the sequence at Ter");
            return default;
        }

        return sequence;
    }

    private ImmutableArray<AminoAcid> ParseSequenceText()
    {
        if (char.IsAsciiDigit(Peek()))
        {
            // Older notation: ins23 for 23 unknown amino acids.
            return UnknownRun(ParseNumber(MaxCount, "inserted length"));
        }

        if (Peek() == '(' && char.IsAsciiDigit(PeekAt(1)))
        {
            // Older notation: ins(5) for 5 unknown amino acids.
            _index++;
            var count = ParseNumber(MaxCount, "inserted length");
            if (count is null)
            {
                return default;
            }

            if (!Take(")"))
            {
                Fail(_index, "gives an inserted length in ( ) that is not a single whole number");
                return default;
            }

            return UnknownRun(count);
        }

        var builder = ImmutableArray.CreateBuilder<AminoAcid>();
        while (_index < _text.Length && Peek() != ')' && Peek() != '[' && !char.IsAsciiDigit(Peek()))
        {
            if (ParseAminoAcid("an amino acid of the inserted sequence", unknownX: true) is not { } aminoAcid)
            {
                return default;
            }

            builder.Add(aminoAcid);
        }

        if (char.IsAsciiDigit(Peek()))
        {
            if (builder is [AminoAcid.Ter])
            {
                // insTer12: a stop at the 12th inserted position after 11 unknown amino acids.
                var length = ParseNumber(MaxCount, "inserted length");
                return length is null
                    ? default
                    : [.. Enumerable.Repeat(AminoAcid.Xaa, length.Value - 1), AminoAcid.Ter];
            }

            Fail(_index, builder.Count == 1
                ? "gives the inserted sequence as positions (like insGly4_Ser6); write the inserted amino acids instead"
                : "has a number after the inserted amino acids; only a stop takes a length (insTer12)");
            return default;
        }

        if (Take("["))
        {
            // Xaa[23]: a run of unknown amino acids of known length.
            if (builder.Count != 1)
            {
                Fail(_index, "uses a [count] after more than one amino acid");
                return default;
            }

            var count = ParseNumber(MaxCount, "inserted length");
            if (count is null)
            {
                return default;
            }

            if (!Take("]"))
            {
                Fail(_index, "opens '[' for a count but does not close it with ']'");
                return default;
            }

            return ImmutableArray.CreateRange(Enumerable.Repeat(builder[0], count.Value));
        }

        if (builder.Count == 0)
        {
            Fail(_index, "has no inserted amino acids");
            return default;
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<AminoAcid> UnknownRun(int? count) =>
        count is null ? default : ImmutableArray.CreateRange(Enumerable.Repeat(AminoAcid.Xaa, count.Value));

    private ProteinPosition? ParsePosition()
    {
        if (ParseAminoAcid("an amino acid with its position, such as Gly12 or G12") is not { } aminoAcid)
        {
            return null;
        }

        var position = ParseNumber(MaxPosition, "position");
        return position is null ? null : new ProteinPosition(aminoAcid, position.Value);
    }

    private AminoAcid? ParseAminoAcid(string expected, bool unknownX = false)
    {
        var at = _index;
        if (Take("*"))
        {
            return AminoAcid.Ter;
        }

        if (_index + 3 <= _text.Length
            && char.IsAsciiLetterUpper(_text[_index])
            && char.IsAsciiLetterLower(_text[_index + 1])
            && char.IsAsciiLetterLower(_text[_index + 2]))
        {
            if (AminoAcidCodes.TryFromThreeLetter(_text.AsSpan(_index, 3), out var three))
            {
                _index += 3;

                // HGVS recommends Xaa for an unknown amino acid in both styles, because X once meant a stop.
                _sawThreeLetter |= three != AminoAcid.Xaa;
                return three;
            }
        }

        var letter = Peek();
        if (char.IsAsciiLetterUpper(letter) && AminoAcidCodes.TryFromOneLetter(letter, out var one))
        {
            _index++;

            // A lone X for an unknown inserted residue is written the same way in both styles.
            _sawOneLetter |= !(unknownX && one == AminoAcid.Xaa);

            // In older notation X meant a stop (p.R213X); inside an inserted sequence it is an unknown amino acid.
            return one == AminoAcid.Xaa && !unknownX ? AminoAcid.Ter : one;
        }

        var found = at < _text.Length ? $"'{_text[at]}'" : "the end";
        return FailAminoAcid(at, $"expected {expected} but found {found}");
    }

    private int? ParseNumber(int max, string what)
    {
        var start = _index;
        while (_index < _text.Length && char.IsAsciiDigit(_text[_index]))
        {
            _index++;
        }

        if (_index == start)
        {
            Fail(start, $"expected a {what} (a whole number)");
            return null;
        }

        if (_index - start > 6
            || !int.TryParse(_text.AsSpan(start, _index - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value > max)
        {
            Fail(start, $"has a {what} larger than {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        if (value == 0)
        {
            Fail(start, $"has a {what} of 0; positions start at 1");
            return null;
        }

        return value;
    }

    private bool TakeStop() =>
        Take("Ter") ? Mark(three: true)
        : Take("*") || (!_text.AsSpan(_index).StartsWith("Xaa", StringComparison.Ordinal) && Take("X") && Mark(three: false));

    private bool Mark(bool three)
    {
        if (three)
        {
            _sawThreeLetter = true;
        }
        else
        {
            _sawOneLetter = true;
        }

        return true;
    }

    private bool TakeWord(string word) => Take(word);

    private bool Take(string token)
    {
        if (_text.AsSpan(_index).StartsWith(token, StringComparison.Ordinal))
        {
            _index += token.Length;
            return true;
        }

        return false;
    }

    private readonly char Peek() => PeekAt(0);

    private readonly char PeekAt(int offset) => _index + offset < _text.Length ? _text[_index + offset] : '\0';

    private string TryHintWithoutPrefix()
    {
        if (ProteinChange.TryParse("p." + _text[_index..], out var guess, out _))
        {
            return $"; did you mean '{guess.ToShortString()}'?";
        }

        return " (for example p.G12D)";
    }

    private static bool IsAccession(string reference) =>
        reference.Length is > 0 and <= 64
        && char.IsAsciiLetter(reference[0])
        && reference.AsSpan().IndexOfAnyExcept(AccessionCharacters) < 0;

    private AminoAcid? FailAminoAcid(int at, string message)
    {
        Fail(at, message);
        return null;
    }

    private ProteinChange? Fail(int at, string message)
    {
        _error ??= $"'{_text}' {message} (at character {(at + 1).ToString(CultureInfo.InvariantCulture)}).";
        return null;
    }
}
