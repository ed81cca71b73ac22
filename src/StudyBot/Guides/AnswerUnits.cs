using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace StudyBot.Guides;

/// <summary>What kind of piece of a guide an <see cref="AnswerUnit"/> is; it decides how the piece is shown.</summary>
public enum UnitKind
{
    /// <summary>A section's own heading (matched like text, never shown as an answer line: the reply's title shows it).</summary>
    Heading,

    /// <summary>A paragraph or one sentence of it; a bold or colon-ended paragraph is also the label of what follows.</summary>
    Text,

    /// <summary>A list item's first paragraph; its sub-items are its children.</summary>
    Item,

    /// <summary>A table row; its parent is the header row.</summary>
    Row,

    /// <summary>One line of a fenced block with a language tag: scored as a line (with the lines it hangs from by
    /// indentation), but code is shown whole or not at all: the answer shows the whole block.</summary>
    CodeLine,

    /// <summary>One line of an untagged fence (outlines, ASCII trees such as <c>├──</c>): line-structured text whose
    /// parent is the line it hangs from. Shown in monospace with its parent lines, so the tree still reads.</summary>
    OutlineLine,
}

/// <summary>The smallest piece of a guide an answer can show: a sentence, a list item, a table row, a whole code block
/// or one line of an outline. Units form a tree through <see cref="Parent"/> (the bullet, label, header row or outline
/// line they hang from), so a line can be shown with the context that makes it readable.</summary>
/// <param name="Id">Position in the index's unit array.</param>
/// <param name="Section">Position of the owning (deepest) section in the catalog.</param>
/// <param name="Kind">How it is shown.</param>
/// <param name="Text">The text as shown (inline markup removed; outline and code lines as written).</param>
/// <param name="Parent">The unit this one hangs from, or -1.</param>
/// <param name="Block">Lines of one fence share a block number (shown together as one code block); -1 otherwise.</param>
public sealed record AnswerUnit(int Id, int Section, UnitKind Kind, string Text, int Parent, int Block)
{
    /// <summary>Children in document order (sub-items, lines under a label or outline line, rows under a header).</summary>
    public List<int> Children { get; } = [];

    /// <summary>A heading that is a bold list item ("1. **커스텀 메트릭 스케일링**" over its items): the items under it,
    /// its section's own lines, are one list whose label is this heading.</summary>
    public bool IsListLabel { get; init; }

    /// <summary>The text an answer shows for this unit: <see cref="Text"/> with the file a relative link names written
    /// after the link ("전체 학습 커리큘럼 (CLOUD_STUDY.md)"). The file name is what the line says to a learner, but it is
    /// not matched: it would only lengthen the line it sits on.</summary>
    public string Shown => TextWithFiles ?? Text;

    /// <summary><see cref="Text"/> with the files its relative links name written after them, when there are any (see
    /// <see cref="Shown"/>); null elsewhere, so a unit without one keeps a single string.</summary>
    public string? TextWithFiles { get; init; }

    /// <summary>Most lines under a label or bullet that come with it.</summary>
    public const int FewLines = 8;

    /// <summary>The lines that come with this one wherever it is shown — an answer's line or a related section's snippet:
    /// a label or bullet brings the few lines under it (a list's items, an outline's branches); a code line or a line
    /// over a long list brings none.</summary>
    public IReadOnlyList<int> Brings => Kind != UnitKind.CodeLine && Children.Count <= FewLines ? Children : [];
}

/// <summary>Cuts guides into <see cref="AnswerUnit"/>s with Markdig. Fences without a language tag are read as outlines,
/// not code: in these guides they hold prose outlines and ASCII trees whose single lines answer questions ("HPA 최소
/// 간격", "Fluent Bit, Fluentd 사용"); fences with a tag (yaml, bash …) are code and stay whole.</summary>
public static class AnswerUnitParser
{
    private static readonly string[] OutlineTags = ["", "text", "txt", "plain", "plaintext"];

    /// <summary>Appends the units of <paramref name="guide"/> to <paramref name="units"/>; <paramref name="firstSection"/>
    /// is the catalog position of the guide's first section.</summary>
    /// <param name="blocks">The text of each fence so far (a fence's lines carry its position here as their
    /// <see cref="AnswerUnit.Block"/>); this guide's fences are appended.</param>
    /// <param name="languages">The language tag of each fence so far, lower case ("yaml", "bash"; empty for an outline or
    /// an untagged code block), beside <paramref name="blocks"/>; this guide's are appended.</param>
    public static void Parse(Guide guide, int firstSection, List<AnswerUnit> units, List<string> blocks, List<string> languages)
    {
        var document = Markdown.Parse(guide.Markdown, GuideParser.Pipeline);
        new Walker(guide, firstSection, units, blocks, languages).Walk(document, -1);
    }

    private sealed class Walker(Guide guide, int firstSection, List<AnswerUnit> units, List<string> blocks, List<string> languages)
    {
        // 0-based source line where each section's heading is; a block belongs to the last section starting at or before it.
        private readonly int[] _sectionLines = guide.Sections.Select(s => s.Line - 1).ToArray();

        private int SectionAt(int line)
        {
            var found = 0;
            for (var i = 0; i < _sectionLines.Length && _sectionLines[i] <= line; i++)
            {
                found = i;
            }

            return firstSection + found;
        }

        private int Add(int line, UnitKind kind, string text, int parent, int block = -1, bool listLabel = false, string? shown = null)
        {
            var unit = new AnswerUnit(units.Count, SectionAt(line), kind, text, parent, block) { IsListLabel = listLabel, TextWithFiles = shown == text ? null : shown };
            units.Add(unit);
            if (parent >= 0)
            {
                units[parent].Children.Add(unit.Id);
            }

            return unit.Id;
        }

        public void Walk(IEnumerable<Block> container, int parent)
        {
            // A paragraph that starts in bold or ends with a colon ("**Prometheus 아키텍처**:", "**고급 기능 구현** (+10점)")
            // labels the lists and fences right after it, until the next paragraph or heading.
            var label = -1;
            foreach (var block in container)
            {
                var owner = label >= 0 ? label : parent;
                if (block is ParagraphBlock)
                {
                    label = -1;
                    owner = parent;
                }

                switch (block)
                {
                    case HeadingBlock h:
                        Add(h.Line, UnitKind.Heading, GuideParser.InlineText(h.Inline).Trim(), -1);
                        label = -1;
                        parent = -1;
                        break;
                    case ParagraphBlock p:
                        var text = GuideParser.InlineText(p.Inline, withUrls: true).Trim();
                        if (text.Length == 0)
                        {
                            break;
                        }

                        var isLabel = GuideParser.StartsBold(p) || text.EndsWith(':');
                        var id = Add(p.Line, UnitKind.Text, text, isLabel ? parent : owner, shown: GuideParser.InlineText(p.Inline, withUrls: true, withFiles: true).Trim());
                        if (isLabel)
                        {
                            label = id;
                        }

                        break;
                    case ListBlock list:
                        foreach (var item in list.OfType<ListItemBlock>())
                        {
                            WalkItem(item, owner);
                        }

                        break;
                    case FencedCodeBlock fence:
                        var tag = fence.Info?.Trim() ?? string.Empty;
                        if (OutlineTags.Contains(tag, StringComparer.OrdinalIgnoreCase))
                        {
                            Fence(fence, owner, UnitKind.OutlineLine, string.Empty);
                        }
                        else
                        {
                            Fence(fence, owner, UnitKind.CodeLine, tag.ToLowerInvariant());
                        }

                        break;
                    case CodeBlock code:
                        Fence(code, owner, UnitKind.CodeLine, string.Empty);
                        break;
                    case Table table:
                        var header = -1;
                        foreach (var row in table.OfType<TableRow>())
                        {
                            var cells = string.Join(" | ", row.OfType<TableCell>().Select(c => string.Join(' ', c.Select(b => GuideParser.Flatten(b, string.Empty).Trim()))));
                            var r = Add(row.Line, UnitKind.Row, cells, row.IsHeader ? owner : header >= 0 ? header : owner);
                            if (row.IsHeader)
                            {
                                header = r;
                            }
                        }

                        break;
                    case HtmlBlock or ThematicBreakBlock:
                        break;
                    case ContainerBlock inner:
                        Walk(inner, owner);
                        break;
                }
            }
        }

        private void WalkItem(ListItemBlock item, int parent)
        {
            if (item.Count == 0)
            {
                return;
            }

            if (GuideParser.BoldHeading(item) is { } heading)
            {
                // "__1. 쿠버네티스 기본 개념과 아키텍처__" opens a section of its own (see GuideParser).
                Add(item.Line, UnitKind.Heading, heading, -1, listLabel: true);
                Walk(item.Skip(1), -1);

                return;
            }

            var first = item[0] is ParagraphBlock p
                ? Add(p.Line, UnitKind.Item, GuideParser.InlineText(p.Inline, withUrls: true).Trim(), parent, shown: GuideParser.InlineText(p.Inline, withUrls: true, withFiles: true).Trim())
                : parent;
            Walk(item.Skip(item[0] is ParagraphBlock ? 1 : 0), first);
        }

        private void Fence(LeafBlock fence, int parent, UnitKind kind, string language)
        {
            var lines = fence.Lines.Lines.Take(fence.Lines.Count).Select(l => l.ToString()).ToArray();
            var block = blocks.Count;
            blocks.Add(string.Join('\n', lines.Select(l => l.TrimEnd())).Trim('\n'));
            languages.Add(language);

            // (indent, unit, ends with ':' and no blank line since): an outline line hangs from the nearest line above
            // that is indented less, or from a "header:" line of the same indent with no blank line in between.
            var stack = new List<(int Indent, int Id, bool OpenHeader)>();
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd();
                if (line.Trim().Length == 0)
                {
                    for (var s = 0; s < stack.Count; s++)
                    {
                        stack[s] = stack[s] with { OpenHeader = false };
                    }

                    continue;
                }

                var indent = Indent(line);
                while (stack.Count > 0 && (stack[^1].Indent > indent || (stack[^1].Indent == indent && !stack[^1].OpenHeader)))
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var id = Add(fence.Line + 1 + i, kind, line, stack.Count > 0 ? stack[^1].Id : parent, block);
                stack.Add((indent, id, line.EndsWith(':')));
            }
        }

        /// <summary>Indentation of an outline line: leading spaces, with tree marks (├── └── │) counting as one more level.</summary>
        private static int Indent(string line)
        {
            var n = 0;
            while (n < line.Length && line[n] == ' ')
            {
                n++;
            }

            var rest = line.AsSpan(n);
            return rest.Length > 0 && rest[0] is '├' or '└' or '│' ? n + 2 : n;
        }
    }
}
