using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace StudyBot.Guides;

/// <summary>A readable piece of a section: a sentence, list point, table row or a whole code block.</summary>
public sealed record ExcerptPart(string Text, bool IsCode);

/// <summary>Cuts a section (with its sub-sections) into readable parts from the guide's markdown for <c>/section</c>
/// paging: sentences, list points, table rows, and code kept as code.</summary>
public static partial class SectionExcerpt
{
    /// <summary>The section's parts in document order: its own text and its sub-sections'.</summary>
    public static IReadOnlyList<ExcerptPart> Parts(Guide guide, GuideSection section)
    {
        var lines = guide.Markdown.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var end = guide.Sections.FirstOrDefault(s => s.Order > section.Order && s.Level <= section.Level)?.Line - 1 ?? lines.Length;
        var start = Math.Clamp(section.Line - 1, 0, lines.Length);
        var markdown = string.Join('\n', lines[start..Math.Clamp(end, start, lines.Length)]);
        var parts = new List<ExcerptPart>();
        Walk(Markdown.Parse(markdown, GuideParser.Pipeline), parts, section.Heading);
        return parts;
    }

    private static void Walk(ContainerBlock container, List<ExcerptPart> parts, string heading)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock h:
                    var text = GuideParser.InlineText(h.Inline).Trim();
                    if (text != heading)
                    {
                        parts.Add(new ExcerptPart(text, false));
                    }

                    break;
                case ParagraphBlock p:
                    var paragraph = GuideParser.InlineText(p.Inline).Trim();
                    if (paragraph.Length > 0 && paragraph != heading)
                    {
                        parts.AddRange(Sentences().Split(paragraph).Where(s => s.Length > 0).Select(s => new ExcerptPart(s, false)));
                    }

                    break;
                case FencedCodeBlock or CodeBlock:
                    parts.Add(new ExcerptPart(GuideParser.Flatten(block, string.Empty).TrimEnd('\n'), true));
                    break;
                case Table table:
                    parts.AddRange(GuideParser.Flatten(table, string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => new ExcerptPart(r, false)));
                    break;
                case ContainerBlock inner:
                    Walk(inner, parts, heading);
                    break;
            }
        }
    }

    // Sentence ends: ". ", "! ", "? " and Korean "다. ". Short paragraphs stay whole.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=\S)")]
    private static partial Regex Sentences();
}
