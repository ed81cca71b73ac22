using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StudyBot.Guides;

/// <summary>Parses a guide with Markdig into sections and checklist items. Headings inside fenced code are code
/// (Markdig already knows); a list item that is only bold text (<c>__1. …__</c>) is a heading of its own.</summary>
public static class GuideParser
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .UsePreciseSourceLocation()
        .Build();

    public static Guide Parse(string name, string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var sections = new List<SectionBuilder>();
        var items = new List<(ListItemBlock Block, ParagraphBlock Paragraph, SectionBuilder Section, string? Group)>();
        var path = new List<(int Level, string Heading)>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        SectionBuilder? current = null;
        string? group = null;

        var lastHeadingLevel = 1;

        SectionBuilder Open(int level, string heading, string? anchor, int line, bool fromBoldItem = false)
        {
            if (!fromBoldItem)
            {
                lastHeadingLevel = level;
            }

            while (path.Count > 0 && path[^1].Level >= level)
            {
                path.RemoveAt(path.Count - 1);
            }

            path.Add((level, heading));
            anchor = UniqueAnchor(anchor ?? Slug(heading), anchors);
            var s = new SectionBuilder(heading, path.Select(p => p.Heading).ToArray(), anchor, level, line);
            sections.Add(s);
            group = null;
            return s;
        }

        void Walk(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock h:
                        current = Open(h.Level, InlineText(h.Inline).Trim(), h.GetAttributes().Id, h.Line + 1);
                        break;
                    case ListBlock list:
                        foreach (var child in list)
                        {
                            if (child is not ListItemBlock li)
                            {
                                continue;
                            }

                            if (BoldHeading(li) is { } boldHeading && current is not null)
                            {
                                // "__1. 쿠버네티스 기본 개념과 아키텍처__": a course week, its own section under the heading above.
                                current = Open(lastHeadingLevel + 1, boldHeading, null, li.Line + 1, fromBoldItem: true);
                                AppendListItemBody(li, current.Text, skipFirst: true);
                                continue;
                            }

                            if (li.Count > 0 && li[0] is ParagraphBlock p && p.Inline?.FirstChild is TaskList && current is not null)
                            {
                                items.Add((li, p, current, group));
                            }

                            current?.Text.Append(Flatten(li, "- "));
                        }

                        break;
                    case ParagraphBlock p when IsBoldOnly(p):
                        group = InlineText(p.Inline).Trim().TrimEnd(':').Trim();
                        current?.Text.Append(InlineText(p.Inline)).Append('\n');
                        break;
                    case HtmlBlock:
                        break; // images and layout divs: nothing to read, and a missing image must not matter
                    default:
                        current?.Text.Append(Flatten(block, string.Empty)).Append('\n');
                        break;
                }
            }
        }

        Walk(document);

        var built = sections.Select((s, i) => new GuideSection(name, s.Heading, s.Path, s.Anchor, s.Level, Normalise(s.Text.ToString()), i, s.Line)).ToArray();
        built = WithFullText(built);
        var byBuilder = sections.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => built[x.i]);
        var checklist = items.Select((x, i) =>
        {
            var id = x.Paragraph.GetAttributes().Id ?? throw new GuideFormatException($"{name}.md line {x.Paragraph.Line + 1}: checklist item without an id ({{#id}})");
            if (!IsSlug(id))
            {
                throw new GuideFormatException($"{name}.md line {x.Paragraph.Line + 1}: checklist id '{id}' must be a lowercase ascii slug");
            }

            var details = x.Block.Skip(1).OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()).Select(d => Flatten(d, string.Empty).Trim()).ToArray();
            return new ChecklistItem(id, InlineText(x.Paragraph.Inline).Trim(), name, byBuilder[x.Section], x.Group, i, details);
        }).ToArray();

        var title = built.FirstOrDefault(s => s.Level == 1)?.Heading ?? name;
        return new Guide(name, title, built, checklist, markdown);
    }

    /// <summary>Sets each section's <see cref="GuideSection.FullText"/>: its own text followed by its sub-sections'
    /// headings and text (what "the whole section" means to a reader).</summary>
    private static GuideSection[] WithFullText(GuideSection[] sections)
    {
        var result = new GuideSection[sections.Length];
        for (var i = 0; i < sections.Length; i++)
        {
            var sb = new StringBuilder(sections[i].Text);
            for (var j = i + 1; j < sections.Length && sections[j].Level > sections[i].Level; j++)
            {
                sb.Append("\n\n").Append(sections[j].Heading);
                if (sections[j].Text.Length > 0)
                {
                    sb.Append('\n').Append(sections[j].Text);
                }
            }

            result[i] = sections[i] with { FullText = sb.ToString().Trim('\n') };
        }

        return result;
    }

    public static bool IsSlug(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && id[0] != '-' && id[^1] != '-';

    internal static string? BoldHeading(ListItemBlock li)
    {
        // Only an item with content under it acts as a heading; a bare bold bullet is just an emphasised point.
        if (li.Count < 2 || li[0] is not ParagraphBlock p || !IsBoldOnly(p))
        {
            return null;
        }

        return InlineText(p.Inline).Trim();
    }

    /// <summary>The paragraph opens with bold text ("**기능성 (40점)**", "**팀 구성**: …").</summary>
    internal static bool StartsBold(ParagraphBlock p) =>
        p.Inline?.FirstChild is EmphasisInline { DelimiterCount: 2 } || (p.Inline?.FirstChild is LiteralInline { Content.IsEmpty: true } && p.Inline.FirstChild.NextSibling is EmphasisInline { DelimiterCount: 2 });

    internal static bool IsBoldOnly(ParagraphBlock p) =>
        p.Inline?.Where(i => i is not LineBreakInline && !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace())).ToArray()
            is [EmphasisInline { DelimiterCount: 2 }];

    private static void AppendListItemBody(ListItemBlock li, StringBuilder into, bool skipFirst)
    {
        foreach (var block in li.Skip(skipFirst ? 1 : 0))
        {
            into.Append(Flatten(block, string.Empty)).Append('\n');
        }
    }

    /// <summary>Plain text of any block: lists with bullets and indentation, code as-is, tables as "a | b" rows.</summary>
    public static string Flatten(Block block, string bullet, int depth = 0)
    {
        var sb = new StringBuilder();
        var indent = new string(' ', depth * 2);
        switch (block)
        {
            case FencedCodeBlock or CodeBlock:
                var code = (LeafBlock)block;
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    sb.Append(line.ToString()).Append('\n');
                }

                break;
            case ParagraphBlock p:
                sb.Append(indent).Append(bullet).Append(InlineText(p.Inline).TrimStart()).Append('\n');
                break;
            case HeadingBlock h:
                sb.Append(InlineText(h.Inline)).Append('\n');
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    sb.Append(string.Join(" | ", row.OfType<TableCell>().Select(c => string.Join(' ', c.Select(b => Flatten(b, string.Empty).Trim()))))).Append('\n');
                }

                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    sb.Append(Flatten(item, "- ", depth));
                }

                break;
            case ListItemBlock li:
                var first = true;
                foreach (var child in li)
                {
                    sb.Append(child is ListBlock ? Flatten(child, "- ", depth + 1) : Flatten(child, first ? bullet : string.Empty, depth));
                    first = false;
                }

                break;
            case HtmlBlock or ThematicBreakBlock:
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    sb.Append(Flatten(child, bullet, depth));
                }

                break;
        }

        return sb.ToString();
    }

    /// <summary>The visible text of inlines (emphasis markers, task boxes, html and id attributes dropped).</summary>
    /// <param name="container">The inlines.</param>
    /// <param name="withUrls">Write a link's target after its text ("Cilium 공식 문서 (https://docs.cilium.io/)"), for
    /// answer lines where the link is the answer.</param>
    /// <param name="withFiles">Also write the file a relative link names after its text ("전체 학습 커리큘럼
    /// (CLOUD_STUDY.md)"), for the text an answer line shows.</param>
    public static string InlineText(ContainerInline? container, bool withUrls = false, bool withFiles = false)
    {
        var sb = new StringBuilder();
        void Walk(Inline? inline)
        {
            for (; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline l:
                        sb.Append(l.Content.ToString());
                        break;
                    case CodeInline c:
                        sb.Append(c.Content);
                        break;
                    case LineBreakInline:
                        sb.Append(' ');
                        break;
                    case TaskList:
                    case HtmlInline:
                        break;
                    case AutolinkInline a:
                        sb.Append(a.Url);
                        break;
                    case LinkInline { IsImage: false, Url: { Length: > 0 } url } link when withUrls && !url.StartsWith('#') && !url.StartsWith('.'):
                        Walk(link.FirstChild);
                        sb.Append(" (").Append(url).Append(')');
                        break;
                    case LinkInline { IsImage: false, Url: { Length: > 0 } url } link when withFiles && url.StartsWith('.') && LinkedFile(url) is { } file:
                        // A relative link reaches no learner as a path, but the document it names is what the line
                        // says ("전체 학습 커리큘럼 (CLOUD_STUDY.md)"): its file name, not the path.
                        Walk(link.FirstChild);
                        sb.Append(" (").Append(file).Append(')');
                        break;
                    case ContainerInline c:
                        Walk(c.FirstChild);
                        break;
                }
            }
        }

        Walk(container?.FirstChild);
        return sb.ToString();
    }

    /// <summary>The file a relative link names ("../CLOUD_STUDY.md#part" -> "CLOUD_STUDY.md"), or null when its last
    /// segment names no file (a folder, or nothing before a fragment).</summary>
    internal static string? LinkedFile(string url)
    {
        var path = url.AsSpan();
        var cut = path.IndexOfAny('#', '?');
        if (cut >= 0)
        {
            path = path[..cut];
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');

        return dot > 0 && dot < name.Length - 1 ? name.ToString() : null;
    }

    private static string Normalise(string text)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var sb = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (++blank > 1)
                {
                    continue;
                }
            }
            else
            {
                blank = 0;
            }

            sb.Append(line.TrimEnd()).Append('\n');
        }

        return sb.ToString().Trim('\n');
    }

    /// <summary>GitHub-style slug, used for bold-item headings that Markdig does not give an id.</summary>
    public static string Slug(string heading)
    {
        var sb = new StringBuilder();
        foreach (var ch in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch) || ch is '-' or '_')
            {
                sb.Append(ch);
            }
            else if (ch == ' ')
            {
                sb.Append('-');
            }
        }

        return sb.ToString();
    }

    private static string UniqueAnchor(string anchor, HashSet<string> used)
    {
        var candidate = anchor;
        for (var n = 1; !used.Add(candidate); n++)
        {
            candidate = $"{anchor}-{n}";
        }

        return candidate;
    }

    private sealed class SectionBuilder(string heading, string[] path, string anchor, int level, int line)
    {
        public string Heading { get; } = heading;

        public string[] Path { get; } = path;

        public string Anchor { get; } = anchor;

        public int Level { get; } = level;

        public int Line { get; } = line;

        public StringBuilder Text { get; } = new();
    }
}
