using System.Text.Json;
using OncoExplain.Serialization;

namespace OncoExplain.AotSmoke;

/// <summary>Writes the profile as JSON two ways (ProfileJson and the public source-generated context) and reads it back.</summary>
internal static class ProfileRoundTrip
{
    public static IEnumerable<string> Check(TumourProfile profile)
    {
        var written = ProfileJson.Write(profile);
        if (ProfileJson.Read(written).Profile is not { } again || !again.Equals(profile))
        {
            yield return "ProfileJson.Write then Read does not give the same profile";
        }

        var document = JsonSerializer.Serialize(ProfileJson.ToDocument(profile), OncoExplainJsonContext.Default.ProfileDocument);
        var parsed = JsonSerializer.Deserialize(document, OncoExplainJsonContext.Default.ProfileDocument);
        if (parsed is null || ProfileJson.FromDocument(parsed).Profile is not { } fromContext || !fromContext.Equals(profile))
        {
            yield return "OncoExplainJsonContext round trip does not give the same profile";
        }
    }
}
