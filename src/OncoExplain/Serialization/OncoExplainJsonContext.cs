using System.Text.Json;
using System.Text.Json.Serialization;

namespace OncoExplain.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the wire types of OncoExplain: General defaults with camelCase names,
/// enums as their kebab-case contract names (never numbers), unknown properties and duplicate properties rejected,
/// nullable annotations respected and <see langword="null"/> values not written.
/// </summary>
/// <remarks>
/// <para>Use it wherever you serialize OncoExplain types yourself, for example
/// <c>JsonSerializer.Serialize(document, OncoExplainJsonContext.Default.ProfileDocument)</c>, or combine it with your own
/// context: <c>JsonTypeInfoResolver.Combine(OncoExplainJsonContext.Default, AppJsonContext.Default)</c>.</para>
/// <para>Deserializing a <see cref="ProfileDocument"/> with it stops at the first problem; <see cref="ProfileJson.Read(string)"/>
/// reports every problem with its path and position, and <see cref="ProfileJson.FromDocument(ProfileDocument)"/> validates
/// a document you deserialized yourself.</para>
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(WireEnumConverter<CancerType>),
        typeof(WireEnumConverter<StageGroup>),
        typeof(WireEnumConverter<MetastaticSite>),
        typeof(WireEnumConverter<PrimarySite>),
        typeof(WireEnumConverter<MsiStatus>),
        typeof(WireEnumConverter<MmrStatus>),
        typeof(WireEnumConverter<Her2Status>),
        typeof(WireEnumConverter<VariantOrigin>),
        typeof(WireEnumConverter<ClinicalSignificance>),
        typeof(WireEnumConverter<TreatmentOutcome>),
    ])]
[JsonSerializable(typeof(ProfileDocument))]
[JsonSerializable(typeof(CancerType))]
[JsonSerializable(typeof(StageGroup))]
[JsonSerializable(typeof(MetastaticSite))]
[JsonSerializable(typeof(PrimarySite))]
[JsonSerializable(typeof(MsiStatus))]
[JsonSerializable(typeof(MmrStatus))]
[JsonSerializable(typeof(Her2Status))]
[JsonSerializable(typeof(VariantOrigin))]
[JsonSerializable(typeof(ClinicalSignificance))]
[JsonSerializable(typeof(TreatmentOutcome))]
public sealed partial class OncoExplainJsonContext : JsonSerializerContext;
