namespace OncoExplain.Eligibility.Caching;

/// <summary>Compares stored entries with each other and with a stack-only probe; equal keys have equal hash codes.</summary>
/// <typeparam name="TEntry">The stored entry.</typeparam>
/// <typeparam name="TProbe">The probe.</typeparam>
internal abstract class ProbeComparer<TEntry, TProbe> : IEqualityComparer<TEntry>, IAlternateEqualityComparer<TProbe, TEntry>
    where TEntry : class
    where TProbe : notnull, allows ref struct
{
    public abstract bool Equals(TEntry? x, TEntry? y);

    public abstract int GetHashCode(TEntry obj);

    public abstract bool Equals(TProbe alternate, TEntry other);

    public abstract int GetHashCode(TProbe alternate);

    // BoundedSet adds whole entries (each with its reservation ticket), never entries made from a probe.
    TEntry IAlternateEqualityComparer<TProbe, TEntry>.Create(TProbe alternate) => throw new NotSupportedException();
}
