using System.Collections.Frozen;

namespace OncoExplain.Readability;

/// <summary>
/// English words the rules miscount, with their dictionary syllable counts. The list is chosen for everyday and
/// oncology vocabulary the explainer uses (compounds with a silent inner e, Greek final e, "ea"/"eo" hiatus); it is
/// deliberately not filled from the reference word lists the tests measure agreement against.
/// </summary>
internal static class EnglishSyllableExceptions
{
    private static readonly FrozenDictionary<string, int> Table = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["acne"] = 2,
        ["anyone"] = 3,
        ["argue"] = 2,
        ["argued"] = 2,
        ["argues"] = 2,
        ["business"] = 2,
        ["businesses"] = 3,
        ["caregiver"] = 3,
        ["caregivers"] = 3,
        ["caregiving"] = 3,
        ["cooperate"] = 4,
        ["cooperation"] = 5,
        ["coordinate"] = 4,
        ["coordination"] = 5,
        ["coordinator"] = 5,
        ["create"] = 2,
        ["created"] = 3,
        ["creates"] = 2,
        ["creating"] = 3,
        ["creatinine"] = 4,
        ["creation"] = 3,
        ["creative"] = 3,
        ["diabetes"] = 4,
        ["element"] = 3,
        ["elements"] = 3,
        ["evening"] = 2,
        ["everyone"] = 3,
        ["everything"] = 3,
        ["everywhere"] = 3,
        ["guideline"] = 2,
        ["guidelines"] = 2,
        ["lifestyle"] = 2,
        ["lifetime"] = 2,
        ["naive"] = 2,
        ["pancreas"] = 3,
        ["pancreatic"] = 4,
        ["pancreatitis"] = 5,
        ["people"] = 2,
        ["peoples"] = 2,
        ["peritoneal"] = 5,
        ["preexisting"] = 4,
        ["react"] = 2,
        ["reacted"] = 3,
        ["reaction"] = 3,
        ["reactions"] = 3,
        ["reactive"] = 3,
        ["reacts"] = 2,
        ["recipe"] = 3,
        ["science"] = 2,
        ["sciences"] = 3,
        ["scientific"] = 4,
        ["scientist"] = 3,
        ["scientists"] = 3,
        ["somehow"] = 2,
        ["someone"] = 2,
        ["something"] = 2,
        ["sometimes"] = 2,
        ["somewhere"] = 2,
        ["therefore"] = 2,
        ["timeline"] = 2,
        ["whereas"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Words { get; } =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int Count => Table.Count;
}
