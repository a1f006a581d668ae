using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OncoExplain.Tests.Support;

namespace OncoExplain.Tests.Fuzzing;

/// <summary>
/// Near-valid profile JSON: a valid generated profile written as JSON, then changed by one to three mutations (cut,
/// truncate, insert a hostile fragment, repeat a slice, swap or replace a character, flip a byte to something that is not
/// UTF-8). Most results are invalid in an interesting way; some stay valid.
/// </summary>
internal static class JsonMutations
{
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "NaN", "Infinity", "-1", "1e400", "0.5", "\"\"", "\\u0000", "\\ud800",
        "\"cancer\":\"lung\"", "\"ecog\":9", "\"tmb\":\"12\"", "\"weeks\":-3", "\"gene\":\"KRAS\"", "\"change\":\"p.G12\"", "\"msi\":\"high\"",
        "\"negativeGenes\":[\"KRAS\",\"BRAF\"]", "\"id\":\"<script>alert(1)</script>\"", "/*", "\u00e9", "\U0001F600", "\t", "\n",
    ];

    /// <summary>Mutated profile JSON, as UTF-8 bytes.</summary>
    public static Arbitrary<byte[]> Arbitrary() =>
        (from profile in ProfileGenerators.Profile()
         from indented in Gen.Elements(false, true)
         from count in Gen.Choose(1, 3)
         from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
         select Mutate(Encoding.UTF8.GetBytes(ProfileJson.Write(profile, indented)), seeds)).ToArbitrary();

    private static byte[] Mutate(byte[] json, int[] seeds)
    {
        var bytes = new List<byte>(json);
        foreach (var seed in seeds)
        {
            var random = new Random(seed);
            var at = random.Next(bytes.Count + 1);
            var length = Math.Min(bytes.Count - at, random.Next(1, 12));
            switch (random.Next(7))
            {
                case 0:
                    bytes.RemoveRange(at, length);
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 3:
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 4 when at < bytes.Count:
                    bytes[at] = (byte)random.Next(0x20, 0x7F);
                    break;
                case 5 when at < bytes.Count:
                    bytes[at] = (byte)random.Next(0x80, 0x100);
                    break;
                case 6 when at + 1 < bytes.Count:
                    (bytes[at], bytes[at + 1]) = (bytes[at + 1], bytes[at]);
                    break;
            }
        }

        return [.. bytes];
    }
}
