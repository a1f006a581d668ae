namespace OncoExplain.Cohorts;

/// <summary>What a profile says about one biomarker of the cohort summary (see <see cref="CohortMarkers"/>).</summary>
/// <param name="Marker">The marker id, one of <see cref="CohortMarkers.All"/>.</param>
/// <param name="Result">Positive, negative, inconclusive or not tested; unknown is never negative.</param>
public sealed record MarkerResult(string Marker, TestResult Result);
