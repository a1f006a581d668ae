using System.Text;
using System.Text.Json;

namespace OncoExplain.Serialization;

/// <summary>The properties of the profile object, in contract order (the camelCase of each member is its JSON name).</summary>
internal enum ProfileProperty
{
    Id,
    Cancer,
    Stage,
    MetastaticSites,
    PrimarySite,
    Ecog,
    Age,
    LiverMetastasesResectable,
    Biomarkers,
    Treatments,
}

/// <summary>The properties of the <c>biomarkers</c> object.</summary>
internal enum BiomarkersProperty
{
    Variants,
    NegativeGenes,
    Msi,
    Mmr,
    Tmb,
    Her2,
    Fusions,
}

/// <summary>The properties of a variant object.</summary>
internal enum VariantProperty
{
    Gene,
    Change,
    Origin,
    Significance,
}

/// <summary>The properties of a treatment object.</summary>
internal enum TreatmentProperty
{
    Regimen,
    Line,
    Weeks,
    Outcome,
}

/// <summary>The JSON names of one object's properties, as text and as UTF-8 for matching without allocating.</summary>
/// <typeparam name="TProperty">The enum listing the properties.</typeparam>
internal static class WireProperties<TProperty>
    where TProperty : struct, Enum
{
    public static readonly string[] Names = [.. Enum.GetNames<TProperty>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

    public static readonly TProperty[] Values = Enum.GetValues<TProperty>();

    public static readonly byte[][] Utf8 = [.. Names.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The names joined for messages.</summary>
    public static readonly string Listed = string.Join(", ", Names);
}
