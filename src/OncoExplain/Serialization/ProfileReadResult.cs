using System.Diagnostics.CodeAnalysis;

namespace OncoExplain;

/// <summary>What reading a profile gave: the profile when valid, and every error and warning found.</summary>
/// <remarks>An input with any error never yields a profile. Warnings never stop a profile being read.</remarks>
public sealed class ProfileReadResult
{
    internal ProfileReadResult(TumourProfile? profile, IReadOnlyList<ProfileIssue> errors, IReadOnlyList<ProfileIssue> warnings)
    {
        Profile = errors.Count == 0 ? profile : null;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The profile, or <see langword="null"/> when there are errors.</summary>
    public TumourProfile? Profile { get; }

    /// <summary>Every error; in the order of the input when read from text (a document's null items come first). Empty when valid.</summary>
    public IReadOnlyList<ProfileIssue> Errors { get; }

    /// <summary>Every warning, in the order of the input when read from text.</summary>
    public IReadOnlyList<ProfileIssue> Warnings { get; }

    /// <summary>Whether the input is a valid profile (then <see cref="Profile"/> is set).</summary>
    [MemberNotNullWhen(true, nameof(Profile))]
    public bool IsValid => Profile is not null;
}
