using System.Collections.Immutable;
using System.Text;

namespace OncoExplain;

/// <summary>Collects the paragraphs of one section from text keys, and the sources the section relies on.</summary>
internal sealed class SectionBuilder
{
    private readonly ExplainContext _context;
    private readonly string _id;
    private readonly string _headingKey;
    private readonly ImmutableArray<string>.Builder _paragraphs = ImmutableArray.CreateBuilder<string>();
    private readonly StringBuilder _current = new();

    public SectionBuilder(ExplainContext context, string id, string headingKey)
    {
        _context = context;
        _id = id;
        _headingKey = headingKey;
    }

    /// <summary>Adds a sentence group to the current paragraph.</summary>
    public SectionBuilder Say(string key, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        if (_current.Length > 0)
        {
            _current.Append(' ');
        }

        _current.Append(_context.Texts.Get(key, arguments));
        return this;
    }

    /// <summary>Ends the current paragraph; the next <see cref="Say"/> starts a new one.</summary>
    public SectionBuilder Break()
    {
        if (_current.Length > 0)
        {
            _paragraphs.Add(_current.ToString());
            _current.Clear();
        }

        return this;
    }

    /// <summary>Adds a whole paragraph.</summary>
    public SectionBuilder Paragraph(string key, params ReadOnlySpan<(string Name, string Value)> arguments) =>
        Break().Say(key, arguments).Break();

    /// <summary>Records that the section states facts from these sources (fact-sheet ids).</summary>
    public SectionBuilder Cite(params string[] sourceIds)
    {
        _context.Cite(sourceIds);
        return this;
    }

    public ExplanationSection Build()
    {
        Break();
        return new ExplanationSection(_id, _context.Texts[_headingKey], _paragraphs.ToImmutable());
    }
}
