namespace OncoExplain.Cohorts;

/// <summary>The output format of a batch.</summary>
public enum BatchFormat
{
    /// <summary>One JSON object per input line (<see cref="BatchJsonl"/>).</summary>
    Jsonl,

    /// <summary>One CSV row per profile and therapy (<see cref="BatchCsv"/>).</summary>
    Csv,
}
