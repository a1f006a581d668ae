using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace OncoExplain.Tests.Variants;

/// <summary>Text that is a valid description with a few random edits (deleted, inserted, swapped or repeated characters).</summary>
public sealed record NearValidText(string Value);

/// <summary>Text around and beyond <see cref="ProteinChange.MaxLength"/>: a valid description padded or repeated.</summary>
public sealed record LongText(string Value);

/// <summary>Text mixing HGVS characters with non-ASCII look-alikes, digits of other scripts, surrogates and controls.</summary>
public sealed record UnicodeText(string Value);

/// <summary>
/// FsCheck generators of valid <see cref="ProteinChange"/> values of every kind (respecting the rules the parser
/// enforces, such as no substitution at Met1 and no frameshift to a stop), and of hostile text built from them.
/// </summary>
public static class ProteinChangeGenerators
{
    private static readonly AminoAcid[] Residues =
        [.. Enum.GetValues<AminoAcid>().Where(a => a is not AminoAcid.Ter and not AminoAcid.Xaa)];

    private static readonly Gen<AminoAcid> Residue = Gen.Frequency((20, Gen.Elements(Residues)), (1, Gen.Constant(AminoAcid.Xaa)));

    private static readonly Gen<int> PositionNumber = Gen.Frequency((3, Gen.Choose(2, 1_000)), (1, Gen.Choose(2, 99_000)));

    private static readonly Gen<ProteinPosition> Position =
        from aminoAcid in Gen.Elements(Residues)
        from number in PositionNumber
        select new ProteinPosition(aminoAcid, number);

    private static readonly Gen<ProteinPosition?> RangeEnd =
        Gen.Frequency(
            (1, Gen.Constant<ProteinPosition?>(null)),
            (1, from aminoAcid in Gen.Elements(Residues) from length in Gen.Choose(1, 40) select (ProteinPosition?)new ProteinPosition(aminoAcid, length)));

    private static readonly Gen<string?> Accession =
        Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("NP_004976.2", "NP_000537.3", "LRG_199p1", "ENSP00000256078.5")));

    private static readonly Gen<ImmutableArray<AminoAcid>> InsertedSequence =
        Gen.OneOf(
            from length in Gen.Choose(1, 12) from residues in Residue.ArrayOf(length) select ImmutableArray.Create(residues),
            from length in Gen.Choose(0, 12) from residues in Residue.ArrayOf(length) select ImmutableArray.Create([.. residues, AminoAcid.Ter]),
            from length in Gen.Choose(1, 1_000) select ImmutableArray.CreateRange(Enumerable.Repeat(AminoAcid.Xaa, length)),
            from length in Gen.Choose(1, 1_000) select ImmutableArray.CreateRange([.. Enumerable.Repeat(AminoAcid.Xaa, length), AminoAcid.Ter]));

    private static readonly Gen<ProteinChange> Body = Gen.OneOf(
        from start in Position
        from alternate in Residue.Where(a => a != start.AminoAcid)
        select new ProteinChange(ProteinChangeKind.Substitution) { Start = start, Alternate = alternate },
        from start in Position select new ProteinChange(ProteinChangeKind.Nonsense) { Start = start },
        from start in Gen.OneOf(Position, PositionNumber.Select(n => new ProteinPosition(AminoAcid.Ter, n)))
        select new ProteinChange(ProteinChangeKind.Synonymous) { Start = start },
        Gen.Constant(new ProteinChange(ProteinChangeKind.Synonymous)),
        Frameshifts(),
        from start in Position from end in RangeEnd select new ProteinChange(ProteinChangeKind.Deletion) { Start = start, End = Shift(start, end) },
        from start in Position from end in RangeEnd select new ProteinChange(ProteinChangeKind.Duplication) { Start = start, End = Shift(start, end) },
        from start in Position
        from right in Gen.Elements(Residues)
        from inserted in InsertedSequence
        select new ProteinChange(ProteinChangeKind.Insertion) { Start = start, End = new ProteinPosition(right, start.Position + 1), Inserted = inserted },
        DeletionInsertions(),
        Extensions(),
        from start in Position
        from end in RangeEnd
        from count in Gen.Choose(1, 200)
        select new ProteinChange(ProteinChangeKind.Repeat) { Start = start, End = Shift(start, end), RepeatCount = count },
        Gen.Constant(new ProteinChange(ProteinChangeKind.StartLoss) { Start = new ProteinPosition(AminoAcid.Met, 1) }));

    /// <summary>Valid changes of every kind, predicted or not, with or without an accession.</summary>
    public static Arbitrary<ProteinChange> ProteinChanges() => ValidChanges().ToArbitrary();

    /// <summary>Valid descriptions (either style) with one to three random edits.</summary>
    public static Arbitrary<NearValidText> NearValidTexts() =>
        (from change in ValidChanges()
         from threeLetter in Gen.Elements(true, false)
         from edits in Gen.Choose(1, 3)
         from text in Mutate(threeLetter ? change.ToString() : change.ToShortString(), edits)
         select new NearValidText(text)).ToArbitrary();

    /// <summary>Texts of length near <see cref="ProteinChange.MaxLength"/> and far beyond it.</summary>
    public static Arbitrary<LongText> LongTexts() =>
        (from change in ValidChanges()
         from length in Gen.OneOf(Gen.Choose(ProteinChange.MaxLength - 8, ProteinChange.MaxLength + 8), Gen.Choose(1_000, 200_000))
         from filler in Gen.Elements('A', '1', '_', ')', 'X', '(', ' ')
         let seed = change.ToString()
         select new LongText(seed.Length >= length ? seed[..length] : seed + new string(filler, length - seed.Length))).ToArbitrary();

    /// <summary>Texts with non-ASCII and control characters among HGVS ones.</summary>
    public static Arbitrary<UnicodeText> UnicodeTexts() =>
        (from characters in Gen.Frequency(
                (4, Gen.Elements("p.GlyAspTer*=?()[]_-:0123456789fsextdelinsdup".ToCharArray())),
                (1, Gen.Elements('\u0660', '\u0663', '\uFF27', '\u0301', '\u00A0', '\u2009', '\u200B', '\uFEFF', '\uD83D', '\uDE00', '\u0000', '\u001F', 'ß', 'İ', 'ı', 'Σ')),
                (1, Gen.Choose(0, 0xFFFF).Select(code => (char)code))).ArrayOf()
         select new UnicodeText(new string(characters))).ToArbitrary();

    private static Gen<ProteinChange> ValidChanges() =>
        from change in Gen.Frequency(
            (12, Body),
            (1, Gen.Constant(new ProteinChange(ProteinChangeKind.NoProtein))),
            (1, Gen.Constant(new ProteinChange(ProteinChangeKind.Unknown))))
        from predicted in Gen.Elements(true, false)
        from accession in Accession
        select change with { IsPredicted = predicted, Reference = accession };

    private static Gen<ProteinChange> Frameshifts() =>
        from start in Position
        from alternate in Gen.OneOf(Gen.Constant<AminoAcid?>(null), Residue.Where(a => a != start.AminoAcid).Select(a => (AminoAcid?)a))
        from stop in Gen.Choose(0, 2)
        from number in Gen.Choose(1, 5_000)
        select new ProteinChange(ProteinChangeKind.Frameshift)
        {
            Start = start,
            Alternate = alternate,
            NewStopOrStart = stop == 1 ? number : null,
            NewStopUnknown = stop == 2,
        };

    private static Gen<ProteinChange> DeletionInsertions() =>
        from start in Position
        from end in RangeEnd
        from inserted in InsertedSequence
        let last = Shift(start, end) ?? start
        where !(inserted is [var only] && (only == start.AminoAcid || only == last.AminoAcid))
        select new ProteinChange(ProteinChangeKind.DeletionInsertion) { Start = start, End = Shift(start, end), Inserted = inserted };

    private static Gen<ProteinChange> Extensions() => Gen.OneOf(
        from position in PositionNumber
        from alternate in Gen.OneOf(Gen.Constant<AminoAcid?>(null), Residue.Select(a => (AminoAcid?)a))
        from stop in Gen.Choose(0, 2)
        from number in Gen.Choose(1, 5_000)
        from length in Gen.Choose(1, 10)
        from added in Residue.ArrayOf(length)
        let change = new ProteinChange(ProteinChangeKind.Extension) { Start = new ProteinPosition(AminoAcid.Ter, position), Alternate = alternate }
        select stop switch
        {
            0 => change with { NewStopOrStart = number },
            1 => change with { NewStopUnknown = true },
            _ => change with { Inserted = [.. added, AminoAcid.Ter] },
        },
        from upstream in Gen.Choose(1, 500)
        select new ProteinChange(ProteinChangeKind.Extension) { Start = new ProteinPosition(AminoAcid.Met, 1), NewStopOrStart = -upstream });

    /// <summary>Turns a generated end (whose position is a length) into a real range end after the start.</summary>
    private static ProteinPosition? Shift(ProteinPosition start, ProteinPosition? end) =>
        end is { } e ? new ProteinPosition(e.AminoAcid, start.Position + e.Position) : null;

    private static Gen<string> Mutate(string text, int edits)
    {
        var gen = Gen.Constant(text);
        for (var i = 0; i < edits; i++)
        {
            gen = gen.SelectMany(Edit);
        }

        return gen;
    }

    private static Gen<string> Edit(string text) => text.Length == 0 ? Gen.Elements("", "p", "p.") :
        from at in Gen.Choose(0, text.Length - 1)
        from inserted in Gen.Elements("p.GADTXxa*=?()[];,/^>_-:0123456789fsextdelinsdup ".ToCharArray())
        from how in Gen.Choose(0, 4)
        select how switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, inserted.ToString()),
            2 => text[..at] + inserted + text[(at + 1)..],
            3 => at + 1 < text.Length ? text[..at] + text[at + 1] + text[at] + text[(at + 2)..] : text + text,
            _ => text.Insert(at, text[at..Math.Min(text.Length, at + 4)]),
        };
}
