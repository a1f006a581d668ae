namespace OncoExplain.Tests.Cohorts;

/// <summary>Tiny hand-written profiles and tables (not taken from any real cohort).</summary>
internal static class CohortFixtures
{
    public const string LeftRasWildType = """{"id":"left-wt","cancer":"colorectal","primarySite":"sigmoid-colon","biomarkers":{"negativeGenes":["KRAS","NRAS","BRAF"],"msi":"stable"}}""";

    public const string KrasMutant = """{"id":"kras","cancer":"colorectal","primarySite":"caecum","biomarkers":{"variants":[{"gene":"KRAS","change":"p.G12D"}],"negativeGenes":["NRAS","BRAF"]}}""";

    public const string Pancreatic = """{"id":"panc","cancer":"pancreatic","biomarkers":{"variants":[{"gene":"KRAS","change":"p.G12V"}]}}""";

    public const string BadMsi = """{"id":"bad","cancer":"colorectal","biomarkers":{"msi":"maybe"}}""";

    public static string Jsonl(params string[] lines) => string.Join('\n', lines) + "\n";

    /// <summary>A cBioPortal-style sample table: '#' metadata rows, then the header.</summary>
    public const string Clinical =
        "#Patient Identifier\tSample Identifier\tOncotree Code\tPrimary Tumor Site\tMSI Status\tMSI Score\tTMB\tStage\n"
        + "#STRING\tSTRING\tSTRING\tSTRING\tSTRING\tNUMBER\tNUMBER\tSTRING\n"
        + "PATIENT_ID\tSAMPLE_ID\tONCOTREE_CODE\tPRIMARY_TUMOR_SITE\tMSI_STATUS\tMSI_SCORE\tTMB_NONSYNONYMOUS\tSTAGE_AT_DIAGNOSIS\n"
        + "P-1\tP-1-T01\tCOAD\tSigmoid Colon\tNA\t10\t12.5\tSTAGE IVA\n"
        + "P-2\tP-2-T01\tCOAD\tCecum\tMSS\t0.5\t3\t4.0\n"
        + "P-3\tP-3-T01\tREAD\tRectum\tNA\t9.99\tNA\tIII\n"
        + "P-4\tP-4-T01\tBRCA\tBreast\tMSS\t0\t1\tII\n"
        + "P-5\tP-5-T01\tPAAD\tHead of Pancreas\tNA\t2.9\tabc\tIV\n";

    public const string Mutations =
        "#version 2.4\n"
        + "Hugo_Symbol\tTumor_Sample_Barcode\tHGVSp_Short\tVariant_Classification\n"
        + "KRAS\tP-2-T01-IM3\tp.G12D\tMissense_Mutation\n"
        + "TP53\tP-2-T01-IM3\tp.X126_splice\tSplice_Site\n"
        + "EPHA5\tP-2-T01-IM3\tp.R37W\tMissense_Mutation\n"
        + "APC\tP-1-T01-IM3\tp.E1097*\tNonsense_Mutation\n"
        + "BRAF\tP-1-T01-IM3\tp.V600V\tSilent\n"
        + "KRAS\tP-9-T01-IM3\tp.G12C\tMissense_Mutation\n"
        + "KRAS\tP-5-T01-IM3\tp.G12V\tMissense_Mutation\n";
}
