namespace OncoExplain.Serialization;

/// <summary>
/// A value as read, before validation: where it starts in the input (a byte offset, or -1 when not read from text) and
/// whether its JSON type was right. A value of the wrong type has already been reported and is not checked again.
/// </summary>
internal readonly record struct Raw<T>(T Value, int Offset, bool Valid = true)
{
    public static Raw<T> Invalid(int offset) => new(default!, offset, false);
}

/// <summary>An array as read; items of the wrong type stay in place (invalid) so that later items keep their index.</summary>
internal sealed class RawArray<T>(int offset)
{
    public int Offset { get; } = offset;

    // Profile arrays are short (a few variants, genes, sites or courses): room for 8 avoids regrowing in the common case.
    public List<T> Items { get; } = new(8);

    /// <summary>Whether every item was read (none of the wrong type, none beyond the length limit).</summary>
    public bool Complete { get; set; } = true;
}

/// <summary>The profile object as read.</summary>
internal sealed class RawProfile(int offset)
{
    public int Offset { get; } = offset;

    public Raw<string>? Id { get; set; }

    public Raw<string>? Cancer { get; set; }

    public Raw<string>? Stage { get; set; }

    public RawArray<Raw<string>>? MetastaticSites { get; set; }

    public Raw<string>? PrimarySite { get; set; }

    public Raw<double>? Ecog { get; set; }

    public Raw<double>? Age { get; set; }

    public Raw<bool>? LiverMetastasesResectable { get; set; }

    public RawBiomarkers? Biomarkers { get; set; }

    public RawArray<RawTreatment>? Treatments { get; set; }
}

/// <summary>The <c>biomarkers</c> object as read.</summary>
internal sealed class RawBiomarkers(int offset)
{
    public int Offset { get; } = offset;

    public RawArray<RawVariant>? Variants { get; set; }

    public RawArray<Raw<string>>? NegativeGenes { get; set; }

    public Raw<string>? Msi { get; set; }

    public Raw<string>? Mmr { get; set; }

    public Raw<double>? Tmb { get; set; }

    public Raw<string>? Her2 { get; set; }

    public RawArray<Raw<string>>? Fusions { get; set; }
}

/// <summary>A variant object as read; <see cref="Valid"/> is false for an item that was not an object.</summary>
internal sealed class RawVariant(int offset, bool valid = true)
{
    public int Offset { get; } = offset;

    public bool Valid { get; } = valid;

    public Raw<string>? Gene { get; set; }

    public Raw<string>? Change { get; set; }

    public Raw<string>? Origin { get; set; }

    public Raw<string>? Significance { get; set; }
}

/// <summary>A treatment object as read; <see cref="Valid"/> is false for an item that was not an object.</summary>
internal sealed class RawTreatment(int offset, bool valid = true)
{
    public int Offset { get; } = offset;

    public bool Valid { get; } = valid;

    public Raw<string>? Regimen { get; set; }

    public Raw<double>? Line { get; set; }

    public Raw<double>? Weeks { get; set; }

    public Raw<string>? Outcome { get; set; }
}
