using System.Text;

namespace OncoExplain;

/// <summary>Fills named placeholders such as <c>{variant}</c> in a text. Unknown or unfilled placeholders are an error.</summary>
internal static class TextTemplate
{
    public static string Fill(string key, string template, ReadOnlySpan<(string Name, string Value)> arguments)
    {
        if (template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 32);
        var index = 0;
        while (index < template.Length)
        {
            var open = template.IndexOf('{', index);
            if (open < 0)
            {
                text.Append(template, index, template.Length - index);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new MissingTextException($"Text '{key}' has an unclosed placeholder.");
            }

            text.Append(template, index, open - index);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (argumentName, value) in arguments)
            {
                if (name.SequenceEqual(argumentName))
                {
                    text.Append(value);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw new MissingTextException($"Text '{key}' uses placeholder {{{name}}} but no value was given for it.");
            }

            index = close + 1;
        }

        return text.ToString();
    }

    public static IEnumerable<string> PlaceholdersOf(string template)
    {
        var index = 0;
        while ((index = template.IndexOf('{', index)) >= 0)
        {
            var close = template.IndexOf('}', index + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return template[(index + 1)..close];
            index = close + 1;
        }
    }
}
