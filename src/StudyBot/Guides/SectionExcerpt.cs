using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace StudyBot.Guides;

/// <summary>A readable piece of a section: a sentence, list point, table row or a whole code block.</summary>
public sealed record ExcerptPart(string Text, bool IsCode);

/// <summary>Cuts a section (with its sub-sections) into readable parts from the guide's markdown, so an answer can show
/// the few sentences that match the question, and code stays code.</summary>
public static partial class SectionExcerpt
{
    /// <summary>Longest code block shown in an answer (more is behind "more").</summary>
    public const int MaxCodeLines = 14;

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

    /// <summary>The parts that match the question best (at most <paramref name="max"/>, code trimmed), in document
    /// order; the opening parts when nothing matches word for word.</summary>
    public static IReadOnlyList<ExcerptPart> Best(Guide guide, GuideSection section, IReadOnlyList<QueryConcept> concepts, int max = 3)
    {
        var parts = Parts(guide, section);
        var scored = parts.Select((p, i) => (Part: p, Index: i, Score: Score(p, concepts))).ToArray();
        var chosen = scored.Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index)
            .Take(max)
            .ToArray();
        if (chosen.Length == 0)
        {
            chosen = scored.Take(max).ToArray();
        }

        return chosen.OrderBy(x => x.Index).Select(x => x.Part.IsCode ? x.Part with { Text = TrimCode(x.Part.Text) } : x.Part).ToArray();
    }

    private static double Score(ExcerptPart part, IReadOnlyList<QueryConcept> concepts)
    {
        var text = QueryText.Normalize(part.Text);
        var score = 0.0;
        foreach (var concept in concepts)
        {
            if (text.Contains(concept.Text, StringComparison.Ordinal))
            {
                score += 1;
            }
            else if (concept.Expansions.Any(e => e.Length > 1 && text.Contains(e, StringComparison.Ordinal)))
            {
                score += 0.7;
            }
        }

        return score;
    }

    private static string TrimCode(string code)
    {
        var lines = code.Split('\n');
        return lines.Length <= MaxCodeLines ? code : string.Join('\n', lines.Take(MaxCodeLines)) + "\n…";
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
