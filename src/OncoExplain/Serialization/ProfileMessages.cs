using System.Globalization;

namespace OncoExplain.Serialization;

/// <summary>
/// Every message of <see cref="ProfileIssue"/>, in one place so they can be localized later. They are English, for
/// developers and researchers (never shown to caregivers), and quote the offending value shortened to a readable length.
/// </summary>
internal static class ProfileMessages
{
    private const int MaxQuoted = 60;

    // Input
    public static string Empty() => "The input is empty; a profile is a JSON object such as {\"cancer\": \"pancreatic\"}.";

    public static string InvalidUtf8() => "The input is not valid UTF-8 (the first bad byte is here); save the file as UTF-8.";

    public static string UnpairedSurrogate() => "The input is not valid text: it contains bytes that are not valid UTF-8 (or, given as a .NET string, an unpaired UTF-16 surrogate); save it as UTF-8.";

    public static string InvalidEscape() => "The string contains a \\u escape of an unpaired surrogate, which is not text.";

    public static string Syntax(string detail) => "The input is not valid JSON: " + detail;

    public static string TooManyBytes() => Format($"The input is larger than the limit of {ProfileJson.MaxBytes} bytes.");

    public static string TooDeep() => Format($"Objects and arrays are nested deeper than the limit of {ProfileJson.MaxDepth} levels.");

    public static string TooManyItems() => Format($"The array has more than {ProfileJson.MaxArrayLength} items, the limit.");

    // Structure
    public static string NotAnObject(string found) => $"A profile is a JSON object ({{ ... }}), not {found}.";

    public static string UnknownProperty(string name, string accepted, string? suggestion) =>
        suggestion is not null
            ? $"'{Shorten(name)}' is not a property here; did you mean '{suggestion}'? Property names are case-sensitive."
            : $"'{Shorten(name)}' is not a property here; accepted: {accepted}.";

    public static string DuplicateProperty(string name) => $"'{Shorten(name)}' appears more than once in this object; give each property once.";

    public static string ExpectedString(string found) => $"Expected a string, not {found}.";

    public static string ExpectedNumber(string found) =>
        found == Found.String ? "Expected a number, not a string: write 64, not \"64\"." : $"Expected a number, not {found}.";

    public static string ExpectedWholeNumber(double value) => Format($"Expected a whole number, not {value}.");

    public static string ExpectedBoolean(string found) =>
        found == Found.String ? "Expected true or false, not a string: write true, not \"true\"." : $"Expected true or false, not {found}.";

    public static string ExpectedObject(string found) => $"Expected an object ({{ ... }}), not {found}.";

    public static string ExpectedArray(string found, string example) => $"Expected an array, not {found}: write for example {example}.";

    // Values
    public static string CancerRequired() => "The cancer is required: pancreatic or colorectal.";

    public static string GeneRequired() => "A variant needs its gene symbol, for example \"gene\": \"KRAS\".";

    public static string ChangeRequired() => "A variant needs its protein change, for example \"change\": \"p.G12D\".";

    public static string RegimenRequired() => "A treatment needs its regimen, for example \"regimen\": \"folfirinox\".";

    public static string OutOfRange(string what, double min, double max, double value) =>
        Format($"{what} must be from {min} to {max}; {value} is outside that range.");

    public static string IdTooLong(int length) => Format($"The id is at most {TumourProfile.MaxIdLength} characters long; this one has {length}.");

    public static string IdControlCharacter(char character, int index) =>
        Format($"The id contains the control character U+{(int)character:X4} at index {index}; control characters (NUL, tab, line breaks, escape…) are not allowed in an id.");

    public static string UnknownValue<T>(string value, WireEnum<T> values)
        where T : struct, Enum =>
        values.Aliases.Count == 0
            ? $"'{Shorten(value)}' is not a {values.What}; accepted: {string.Join(", ", values.Names)}."
            : $"'{Shorten(value)}' is not a {values.What}; accepted: {string.Join(", ", values.Names)} (also {string.Join(", ", values.Aliases)}; case is ignored).";

    public static string InvalidGene(string value) =>
        Format($"'{Shorten(value)}' is not a gene symbol: a letter, then letters, digits, '-' or '.', at most {GeneSymbols.MaxLength} characters (for example KRAS).");

    public static string PrimarySiteOfOtherOrgan(string site, CancerType organ, string cancer) =>
        $"The primary site '{site}' is part of the {OrganName(organ)}, but the cancer is {cancer}.";

    public static string ResectableWithoutLiver() =>
        "liverMetastasesResectable is given, but metastaticSites does not include the liver; add \"liver\" or remove liverMetastasesResectable.";

    public static string NegativeGeneHasPathogenicVariant(GeneVariant variant, string variantPath) =>
        $"{variant.Gene} is listed as tested negative, but {variantPath} reports {variant} as {SignificanceName(variant)}.";

    public static string DuplicateVariant(GeneVariant variant, GeneVariant first, string firstPath)
    {
        var difference = variant.Origin != first.Origin ? ", once as germline and once as somatic; list it once with its origin"
            : variant.ReportedSignificance != first.ReportedSignificance ? ", with different significance; list it once with the significance the report gives"
            : "; list each variant once";
        return $"{variant} is already listed at {firstPath}{difference}.";
    }

    // Warnings
    public static string MsiHighMmrProficient() =>
        "MSI-high with mismatch repair proficient is unusual; the tumour counts as MSI-high, but the two results are worth checking with the care team.";

    public static string MssMmrDeficient() =>
        "Microsatellite stable (or MSI-low) with mismatch repair deficient is unusual; the tumour counts as MMR-deficient, but the two results are worth checking with the care team.";

    public static string NotStageIV(string stage) => $"Stage {stage}: the explanations are written for stage IV and may not fit an earlier stage.";

    public static string AgeUnder18(int age) => Format($"Age {age}: the explanations and the evidence behind them are about adults.");

    public static string FusionNotInterpreted(GeneFusion fusion) =>
        $"{fusion} involves no known driver gene (such as NTRK1-3, RET, NRG1, ALK, ROS1, FGFR2 or BRAF); it is kept but not interpreted.";

    public static string GeneNotInterpreted(GeneVariant variant) =>
        $"{variant}: no rule or explanation reads {variant.Gene}; the variant is kept but not interpreted.";

    public static string FusionGeneListedNegative(GeneFusion fusion, string gene) =>
        $"{gene} is listed as tested negative, but the fusion {fusion} involves it; DNA panels often miss fusions, so the fusion counts.";

    public static string UncertainGatingVariant(GeneVariant variant) =>
        variant.SignificanceBasis == SignificanceBasis.Reported
            ? $"{variant} is reported as of uncertain significance; it counts as neither positive nor negative for the decisions that depend on {variant.Gene}."
            : $"{variant} is not a known hotspot and has no reported significance, so it is read as uncertain; it counts as neither positive nor negative for the decisions that depend on {variant.Gene}.";

    public static string RepeatedValue(string value, string firstPath) => $"'{Shorten(value)}' is already listed at {firstPath}; it is kept once.";

    private static string OrganName(CancerType organ) => organ == CancerType.Pancreatic ? "pancreas" : "colon or rectum";

    private static string SignificanceName(GeneVariant variant) => variant.SignificanceBasis switch
    {
        SignificanceBasis.KnownHotspot => "pathogenic (a known hotspot)",
        SignificanceBasis.TruncatingInTumourSuppressor => "likely pathogenic (a truncating change in a tumour suppressor)",
        _ => WireEnums.Significance.NameOf(variant.Significance),
    };

    private static string Shorten(string value) => value.Length <= MaxQuoted ? value : string.Concat(value.AsSpan(0, MaxQuoted), "…");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How messages name the JSON type that was found.</summary>
internal static class Found
{
    public const string String = "a string";
    public const string Number = "a number";
    public const string Boolean = "true or false";
    public const string Null = "null";
    public const string Object = "an object";
    public const string Array = "an array";
}
