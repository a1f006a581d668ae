namespace OncoExplain;

/// <summary>Checks and normalizes HGNC-style gene symbols (<c>KRAS</c>, <c>BRCA2</c>, <c>NKX2-1</c>).</summary>
public static class GeneSymbols
{
    /// <summary>The longest symbol accepted.</summary>
    public const int MaxLength = 24;

    private static readonly System.Buffers.SearchValues<char> SymbolCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.");

    /// <summary>Whether the text is a well-formed gene symbol: a letter, then letters, digits, '-' or '.'; case is ignored.</summary>
    /// <param name="symbol">The text.</param>
    /// <returns><see langword="true"/> when well formed.</returns>
    public static bool IsWellFormed(string? symbol) =>
        symbol is { Length: > 0 and <= MaxLength }
        && char.IsAsciiLetter(symbol[0])
        && symbol.AsSpan().IndexOfAnyExcept(SymbolCharacters) < 0;

    /// <summary>Upper-cases a well-formed symbol so that <c>kras</c> and <c>KRAS</c> are the same gene.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The normalized symbol.</returns>
    /// <exception cref="ArgumentException">The symbol is not well formed.</exception>
    public static string Normalize(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (!IsWellFormed(symbol))
        {
            throw new ArgumentException($"'{symbol}' is not a gene symbol (a letter, then letters, digits, '-' or '.', at most {MaxLength} characters).", nameof(symbol));
        }

        return symbol.ToUpperInvariant();
    }
}
