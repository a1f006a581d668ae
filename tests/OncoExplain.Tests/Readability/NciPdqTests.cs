using System.Globalization;

namespace OncoExplain.Tests.Readability;

/// <summary>
/// NCI PDQ summaries written for patients and for health professionals on the same topics: the patient versions must
/// measure markedly easier, and none of them meets OncoExplain's own bar.
/// </summary>
public sealed class NciPdqTests
{
    [Fact]
    public void Patient_versions_measure_at_least_four_grades_easier_than_professional_versions()
    {
        var output = TestContext.Current.TestOutputHelper;
        var patients = Directory.GetFiles(ReadabilityReferenceData.NciDirectory("patient"), "*.md").Order(StringComparer.Ordinal).ToList();
        var professionalDirectory = ReadabilityReferenceData.NciDirectory("health-professional");
        output?.WriteLine("topic | patient: sentences, words, FRE, FKGL | health professional: sentences, words, FRE, FKGL");
        foreach (var patientFile in patients)
        {
            var professionalFile = Path.Combine(professionalDirectory, Path.GetFileName(patientFile).Replace("-patient-", "-hp-", StringComparison.Ordinal));
            var patient = Measure(patientFile);
            var professional = Measure(professionalFile);
            output?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileNameWithoutExtension(patientFile)} | {patient.Sentences}, {patient.Words}, {patient.Score(ReadabilityFormula.FleschReadingEase):0.0}, {patient.GateScore:0.00} | {professional.Sentences}, {professional.Words}, {professional.Score(ReadabilityFormula.FleschReadingEase):0.0}, {professional.GateScore:0.00}"));

            Assert.True(patient.GateScore <= professional.GateScore - 4, $"{patientFile}: {patient.GateScore:0.0} vs {professional.GateScore:0.0}");
            Assert.True(patient.Score(ReadabilityFormula.FleschReadingEase) >= professional.Score(ReadabilityFormula.FleschReadingEase) + 15);
            Assert.False(patient.MeetsTarget(ReadabilityTextKind.Section));
            Assert.False(professional.MeetsTarget(ReadabilityTextKind.Section));
        }

        Assert.Equal(5, patients.Count);
    }

    /// <summary>The same treatment summaries flattened to one paragraph per block (the cross-implementation inputs): near grade 10.</summary>
    [Theory]
    [InlineData("types-colorectal-patient-colon-treatment-pdq")]
    [InlineData("types-colorectal-patient-rectal-treatment-pdq")]
    [InlineData("types-pancreatic-patient-pancreatic-treatment-pdq")]
    public void Flattened_patient_treatment_summaries_measure_near_grade_ten(string name)
    {
        var report = ReadabilityMeter.Measure(ReadabilityReferenceData.CrossImplementationInput($"inputs/{name}.txt"), "en");

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: FKGL {report.GateScore:0.00}"));
        Assert.InRange(report.GateScore, 9.5, 11.0);
    }

    private static ReadabilityReport Measure(string file) =>
        ReadabilityMeter.Measure(MarkdownText.ToPlainText(File.ReadAllText(file)), "en");
}
