using System.Collections.Frozen;

namespace OncoExplain.Readability;

/// <summary>
/// Abbreviations whose final period does not end a sentence, per language (lower case, without the period).
/// Multi-part abbreviations (e.g., i.e., U.S., z.B.) and single lower-case letters are recognized by shape instead;
/// "etc." is deliberately absent because it often ends a sentence.
/// </summary>
internal static class Abbreviations
{
    public static readonly FrozenSet<string> English = Create(
        "mr", "mrs", "ms", "dr", "prof", "st", "vs", "cf", "approx", "fig", "figs", "no", "nos", "vol", "jr", "sr", "dept", "al", "ed", "eds", "ref", "refs");

    public static readonly FrozenSet<string> French = Create(
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "env", "cf", "ex", "av", "apr", "vol", "fig", "réf");

    public static readonly FrozenSet<string> Spanish = Create(
        "sr", "sra", "srta", "dr", "dra", "ud", "uds", "vd", "vds", "ej", "aprox", "pág", "págs", "núm", "fig", "cf", "vol");

    public static readonly FrozenSet<string> German = Create(
        "dr", "prof", "bzw", "ca", "ggf", "vgl", "nr", "evtl", "inkl", "max", "min", "abb", "bd", "s", "b", "d", "h", "a", "o", "z", "u");

    public static readonly FrozenSet<string> Italian = Create(
        "sig", "sigg", "dott", "dr", "prof", "pag", "pagg", "es", "cfr", "fig", "vol", "ca");

    public static readonly FrozenSet<string> Portuguese = Create(
        "sr", "sra", "srs", "dr", "dra", "prof", "profa", "ex", "pág", "págs", "aprox", "fig", "cf", "vol", "nº");

    private static FrozenSet<string> Create(params string[] items) => items.ToFrozenSet(StringComparer.Ordinal);
}
