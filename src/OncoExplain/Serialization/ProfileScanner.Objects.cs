using System.Text.Json;

namespace OncoExplain.Serialization;

/// <summary>Reading the four objects of the contract: the profile, <c>biomarkers</c>, a variant and a treatment.</summary>
internal ref partial struct ProfileScanner
{
    private RawProfile? ReadRoot()
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            sink.Error(ProfileIssueCodes.WrongType, path.ToString(), ProfileMessages.NotAnObject(Describe(reader.TokenType)), Offset);
            reader.Skip();
            return null;
        }

        var raw = new RawProfile(Offset);
        var seen = 0;
        while (NextProperty(ref seen, out ProfileProperty property))
        {
            switch (property)
            {
                case ProfileProperty.Id: raw.Id = ReadString(); break;
                case ProfileProperty.Cancer: raw.Cancer = ReadString(); break;
                case ProfileProperty.Stage: raw.Stage = ReadString(); break;
                case ProfileProperty.MetastaticSites: raw.MetastaticSites = ReadStringArray("[\"liver\", \"lung\"]"); break;
                case ProfileProperty.PrimarySite: raw.PrimarySite = ReadString(); break;
                case ProfileProperty.Ecog: raw.Ecog = ReadNumber(wholeNumber: true); break;
                case ProfileProperty.Age: raw.Age = ReadNumber(wholeNumber: true); break;
                case ProfileProperty.LiverMetastasesResectable: raw.LiverMetastasesResectable = ReadBoolean(); break;
                case ProfileProperty.Biomarkers: raw.Biomarkers = ReadBiomarkers(); break;
                case ProfileProperty.Treatments: raw.Treatments = ReadArray("[{\"regimen\": \"folfirinox\"}]", static (ref ProfileScanner s) => s.ReadTreatment()); break;
            }

            path.Pop();
        }

        return raw;
    }

    private RawBiomarkers? ReadBiomarkers()
    {
        if (reader.TokenType == JsonTokenType.Null || !ExpectObject())
        {
            return null;
        }

        var raw = new RawBiomarkers(Offset);
        var seen = 0;
        while (NextProperty(ref seen, out BiomarkersProperty property))
        {
            switch (property)
            {
                case BiomarkersProperty.Variants: raw.Variants = ReadArray("[{\"gene\": \"KRAS\", \"change\": \"p.G12D\"}]", static (ref ProfileScanner s) => s.ReadVariant()); break;
                case BiomarkersProperty.NegativeGenes: raw.NegativeGenes = ReadStringArray("[\"NRAS\", \"BRAF\"]"); break;
                case BiomarkersProperty.Msi: raw.Msi = ReadString(); break;
                case BiomarkersProperty.Mmr: raw.Mmr = ReadString(); break;
                case BiomarkersProperty.Tmb: raw.Tmb = ReadNumber(wholeNumber: false); break;
                case BiomarkersProperty.Her2: raw.Her2 = ReadString(); break;
                case BiomarkersProperty.Fusions: raw.Fusions = ReadStringArray("[\"ETV6::NTRK3\"]"); break;
            }

            path.Pop();
        }

        return raw;
    }

    private RawVariant ReadVariant()
    {
        if (!ExpectObject())
        {
            return new RawVariant(Offset, valid: false);
        }

        var raw = new RawVariant(Offset);
        var seen = 0;
        while (NextProperty(ref seen, out VariantProperty property))
        {
            switch (property)
            {
                case VariantProperty.Gene: raw.Gene = ReadString(); break;
                case VariantProperty.Change: raw.Change = ReadString(); break;
                case VariantProperty.Origin: raw.Origin = ReadString(); break;
                case VariantProperty.Significance: raw.Significance = ReadString(); break;
            }

            path.Pop();
        }

        return raw;
    }

    private RawTreatment ReadTreatment()
    {
        if (!ExpectObject())
        {
            return new RawTreatment(Offset, valid: false);
        }

        var raw = new RawTreatment(Offset);
        var seen = 0;
        while (NextProperty(ref seen, out TreatmentProperty property))
        {
            switch (property)
            {
                case TreatmentProperty.Regimen: raw.Regimen = ReadString(); break;
                case TreatmentProperty.Line: raw.Line = ReadNumber(wholeNumber: true); break;
                case TreatmentProperty.Weeks: raw.Weeks = ReadNumber(wholeNumber: true); break;
                case TreatmentProperty.Outcome: raw.Outcome = ReadString(); break;
            }

            path.Pop();
        }

        return raw;
    }
}
