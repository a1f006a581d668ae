using System.Collections.Immutable;
using System.Text;

namespace OncoExplain;

/// <summary>
/// Collects the paragraphs of one section from text keys, and the sources the section relies on. It also finds the glossary
/// terms of what it writes while it writes it (see <see cref="ExplainContext.Terms"/>), so the explanation's prose is not
/// scanned again afterwards.
/// </summary>
internal sealed class SectionBuilder
{
    private readonly ExplainContext _context;
    private readonly string _id;
    private readonly string _headingKey;
    private readonly ImmutableArray<string>.Builder _paragraphs = ImmutableArray.CreateBuilder<string>();

    // The current paragraph: while it has one non-empty text, that text itself (no copy); once a second joins, the joined
    // text in _joined, with the index of every space that joins two texts.
    private readonly StringBuilder _joined = new();
    private readonly List<int> _junctions = [];
    private string _single = string.Empty;
    private int _length;
    private ulong _terms;

    public SectionBuilder(ExplainContext context, string id, string headingKey)
    {
        _context = context;
        _id = id;
        _headingKey = headingKey;
    }

    /// <summary>Adds a sentence group to the current paragraph.</summary>
    public SectionBuilder Say(string key, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        var text = _context.Texts.Get(key, arguments);
        _terms |= _context.Culture.Glossary.Find(text);
        if (_length == 0)
        {
            _single = text;
            _length = text.Length;
            return this;
        }

        if (_joined.Length == 0)
        {
            _joined.Append(_single);
        }

        _junctions.Add(_joined.Length);
        _joined.Append(' ').Append(text);
        _length = _joined.Length;
        return this;
    }

    /// <summary>Ends the current paragraph; the next <see cref="Say"/> starts a new one.</summary>
    public SectionBuilder Break()
    {
        if (_length == 0)
        {
            return this;
        }

        if (_joined.Length == 0)
        {
            _paragraphs.Add(_single);
        }
        else
        {
            var paragraph = _joined.ToString();
            var glossary = _context.Culture.Glossary;
            foreach (var junction in _junctions)
            {
                // Only a term form with a space in it can cross the junction; it starts at most its length before it.
                _terms |= glossary.FindStartingIn(paragraph, junction - glossary.LongestForm, junction);
            }

            _paragraphs.Add(paragraph);
            _joined.Clear();
            _junctions.Clear();
        }

        _single = string.Empty;
        _length = 0;
        return this;
    }

    /// <summary>Adds a whole paragraph.</summary>
    public SectionBuilder Paragraph(string key, params ReadOnlySpan<(string Name, string Value)> arguments) =>
        Break().Say(key, arguments).Break();

    /// <summary>Records that the section states facts from these sources (fact-sheet ids).</summary>
    public SectionBuilder Cite(params ReadOnlySpan<string> sourceIds)
    {
        _context.Cite(sourceIds);
        return this;
    }

    /// <summary>The section; its heading's and paragraphs' glossary terms join <see cref="ExplainContext.Terms"/>.</summary>
    public ExplanationSection Build()
    {
        Break();
        var heading = _context.Texts[_headingKey];
        _context.AddTerms(_terms | _context.Culture.Glossary.Find(heading));
        return new ExplanationSection(_id, heading, _paragraphs.ToImmutable());
    }
}
