namespace OncoExplain;

/// <summary>A text key has no text in the requested culture chain, not even in English. This is a bug in OncoExplain or in an override.</summary>
public sealed class MissingTextException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MissingTextException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MissingTextException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MissingTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
