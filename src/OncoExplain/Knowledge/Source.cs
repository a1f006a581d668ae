namespace OncoExplain;

/// <summary>A cited source of the knowledge base, with the id it has in the clinical fact sheet (for example <c>P5</c>, <c>C1</c>, <c>T4</c>).</summary>
public sealed record Source
{
    /// <summary>The fact-sheet id, for example <c>P5</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The citation (authors, journal, year, or the agency announcement).</summary>
    public required string Citation { get; init; }

    /// <summary>The trial name and registry id, or <see langword="null"/> when the source is not a trial.</summary>
    public string? Trial { get; init; }

    /// <summary>The US FDA approval date the source documents, or <see langword="null"/> when none or when the exact day was not verified.</summary>
    public DateOnly? ApprovalDate { get; init; }

    /// <summary>The PubMed id, or <see langword="null"/> when the fact sheet does not give one.</summary>
    public string? Pmid { get; init; }

    /// <summary>The DOI, or <see langword="null"/>.</summary>
    public string? Doi { get; init; }

    /// <summary>A web address of the source, or <see langword="null"/>.</summary>
    public string? Url { get; init; }

    /// <summary>How the facts taken from this source were checked.</summary>
    public required SourceStatus Status { get; init; }
}
