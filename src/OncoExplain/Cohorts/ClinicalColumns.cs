namespace OncoExplain.Cohorts;

/// <summary>The columns of a clinical table the importer reads, found by their usual names (see docs/cohorts.md).</summary>
internal sealed record ClinicalColumns(
    int SampleId,
    int PatientId,
    int Cancer,
    int[] Sites,
    int Side,
    int MsiStatus,
    int MsiSensor,
    int Mantis,
    int Tmb,
    int Stage,
    int Age)
{
    public static ClinicalColumns Of(TsvTable table) => new(
        table.Find("SAMPLE_ID", "Sample Identifier", "Tumor_Sample_Barcode"),
        table.Find("PATIENT_ID", "Patient Identifier", "bcr_patient_barcode"),
        table.Find("ONCOTREE_CODE", "Oncotree Code", "TCGA PanCanAtlas Cancer Type Acronym", "CANCER_TYPE_DETAILED", "CANCER_TYPE", "acronym"),
        [
            table.Find("PRIMARY_TUMOR_SITE", "PRIMARY_SITE", "TUMOR_SITE", "anatomic_neoplasm_subdivision"),
            table.Find("ICD_O_3_SITE", "International Classification of Diseases for Oncology, Third Edition ICD-O-3 Site Code", "icd_o_3_site"),
        ],
        table.Find("PRIMARY_TUMOR_LOCATION", "SIDEDNESS", "PRIMARY_LOCATION"),
        table.Find("MSI_STATUS", "MSI_TYPE", "microsatellite_instability", "MSI"),
        table.Find("MSI_SCORE", "MSIsensor Score", "MSI_SENSOR_SCORE", "MSISENSOR"),
        table.Find("MSI MANTIS Score", "MANTIS_SCORE", "MSI_MANTIS_SCORE"),
        table.Find("TMB_NONSYNONYMOUS", "TMB (nonsynonymous)", "TMB"),
        table.Find(
            "STAGE_AT_DIAGNOSIS", "stage_at_diagnostic", "STAGE", "Neoplasm Disease Stage American Joint Committee on Cancer Code",
            "CDR_ajcc_pathologic_tumor_stage", "ajcc_pathologic_tumor_stage", "stage_event_pathologic_stage", "pathologic_stage"),
        table.Find("AGE", "Diagnosis Age", "AGE_AT_DIAGNOSIS", "age_at_initial_pathologic_diagnosis", "CURRENT_AGE"));
}
