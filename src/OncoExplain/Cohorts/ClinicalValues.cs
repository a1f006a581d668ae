using System.Globalization;

namespace OncoExplain.Cohorts;

/// <summary>Reads the clinical values of cBioPortal, TCGA and MSK tables into the profile model.</summary>
internal static class ClinicalValues
{
    public static CancerType? Cancer(string text)
    {
        var upper = text.ToUpperInvariant();
        return upper switch
        {
            "PAAD" or "PAAC" or "PDAC" or "PANCREAS" or "PANCREATIC" or "PANCREATIC CANCER" or "PANCREATIC ADENOCARCINOMA" => CancerType.Pancreatic,
            "COADREAD" or "COAD" or "READ" or "MACR" or "CRC" or "COLORECTAL" or "COLORECTAL CANCER" or "COLORECTAL ADENOCARCINOMA"
                or "COLON ADENOCARCINOMA" or "RECTAL ADENOCARCINOMA" or "MUCINOUS ADENOCARCINOMA OF THE COLON AND RECTUM" => CancerType.Colorectal,
            _ => null,
        };
    }

    /// <summary>AJCC stage text such as <c>STAGE IVA</c>, <c>Stage IIIB</c>, <c>IV</c>, <c>4</c> or <c>4.0</c>.</summary>
    public static StageGroup? Stage(string text)
    {
        var value = text.Trim().ToUpperInvariant();
        if (value.StartsWith("STAGE", StringComparison.Ordinal))
        {
            value = value[5..].Trim();
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 4 && number == Math.Floor(number))
        {
            return (StageGroup)(int)number;
        }

        var roman = value.TrimEnd('A', 'B', 'C');
        return roman switch
        {
            "I" => StageGroup.I,
            "II" => StageGroup.II,
            "III" => StageGroup.III,
            "IV" => StageGroup.IV,
            _ => null,
        };
    }

    /// <summary>An MSI status; <c>Understood</c> is false for text the caller should report (indeterminate results are understood but give no status).</summary>
    public static (MsiStatus? Status, bool Understood) Msi(string text) => text.Trim().ToUpperInvariant() switch
    {
        "MSI" or "MSI-H" or "MSI-HIGH" or "MSIH" or "HIGH" or "INSTABLE" or "UNSTABLE" or "YES" or "MSI_H" => (MsiStatus.High, true),
        "MSS" or "STABLE" or "NO" or "MICROSATELLITE STABLE" => (MsiStatus.Stable, true),
        "MSI-L" or "MSI-LOW" or "MSIL" or "LOW" or "MSI_L" => (MsiStatus.Low, true),
        "INCONCLUSIVE" or "INDETERMINATE" or "DO NOT REPORT" or "EQUIVOCAL" => (null, true),
        _ => (null, false),
    };

    public static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;

    /// <summary>A detailed primary site (cBioPortal, TCGA subdivision or ICD-O-3 topography code) for the given cancer.</summary>
    public static PrimarySite? Site(string text, CancerType cancer)
    {
        var value = text.Trim().ToUpperInvariant().Replace('_', ' ');
        return cancer == CancerType.Colorectal ? ColorectalSite(value) : PancreaticSite(value);
    }

    /// <summary>A left/right column (<c>Left</c>, <c>Right</c>, <c>Left colon</c>…).</summary>
    public static PrimarySite? Side(string text) => text.Trim().ToUpperInvariant() switch
    {
        "LEFT" or "LEFT COLON" or "LEFT-SIDED" or "LEFT SIDED" or "DISTAL" => PrimarySite.LeftColon,
        "RIGHT" or "RIGHT COLON" or "RIGHT-SIDED" or "RIGHT SIDED" or "PROXIMAL" => PrimarySite.RightColon,
        "RECTUM" or "RECTAL" => PrimarySite.Rectum,
        _ => null,
    };

    private static PrimarySite? ColorectalSite(string value) => value switch
    {
        "C18.0" or "C180" or "CECUM" or "CAECUM" => PrimarySite.Caecum,
        "C18.2" or "C182" or "ASCENDING" or "ASCENDING COLON" => PrimarySite.AscendingColon,
        "C18.3" or "C183" or "HEPATIC FLEXURE" => PrimarySite.HepaticFlexure,
        "C18.4" or "C184" or "TRANSVERSE" or "TRANSVERSE COLON" => PrimarySite.TransverseColon,
        "C18.5" or "C185" or "SPLENIC FLEXURE" => PrimarySite.SplenicFlexure,
        "C18.6" or "C186" or "DESCENDING" or "DESCENDING COLON" => PrimarySite.DescendingColon,
        "C18.7" or "C187" or "SIGMOID" or "SIGMOID COLON" => PrimarySite.SigmoidColon,
        "C19.9" or "C199" or "C19" or "RECTOSIGMOID" or "RECTOSIGMOID JUNCTION" or "RECTOSIGMOID COLON" => PrimarySite.Rectosigmoid,
        "C20.9" or "C209" or "C20" or "RECTUM" => PrimarySite.Rectum,
        _ => null,
    };

    private static PrimarySite? PancreaticSite(string value) => value switch
    {
        "C25.0" or "C250" or "HEAD" or "HEAD OF PANCREAS" or "PANCREAS, HEAD" => PrimarySite.Head,
        "C25.1" or "C251" or "BODY" or "BODY OF PANCREAS" or "PANCREAS, BODY" => PrimarySite.Body,
        "C25.2" or "C252" or "TAIL" or "TAIL OF PANCREAS" or "PANCREAS, TAIL" => PrimarySite.Tail,
        _ => null,
    };
}
