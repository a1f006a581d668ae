namespace OncoExplain;

/// <summary>A finding put into words in one culture, with the glossary terms those words use.</summary>
/// <param name="Explained">The finding in words.</param>
/// <param name="Terms">The glossary terms of its name, reasons and evidence (bits as <see cref="GlossaryMatcher.Find(string)"/> gives them).</param>
internal sealed record WrittenFinding(ExplainedFinding Explained, ulong Terms);
