namespace StudyBot.Guides;

/// <summary>A section of a guide: a heading (or a bold list item acting as one) and its own body text.</summary>
/// <param name="Guide">Guide name: the file name under <c>guides/</c> without <c>.md</c>.</param>
/// <param name="Heading">The heading text as written (emoji kept).</param>
/// <param name="Path">Heading path from the document title down to this section, inclusive.</param>
/// <param name="Anchor">GitHub-style anchor (Markdig auto identifier), unique within the guide.</param>
/// <param name="Level">Heading level (1–6; a bold list-item heading is one below its parent).</param>
/// <param name="Text">The section's own text as plain text: paragraphs, lists, code blocks, flattened tables.</param>
/// <param name="Order">Position in the guide (0-based).</param>
/// <param name="Line">1-based source line of the heading.</param>
public sealed record GuideSection(string Guide, string Heading, IReadOnlyList<string> Path, string Anchor, int Level, string Text, int Order, int Line)
{
    /// <summary>The section's own text followed by its sub-sections (headings and text): the whole section.</summary>
    public string FullText { get; init; } = Text;

    /// <summary>Unique key across all guides: <c>{guide}#{anchor}</c>.</summary>
    public string Key => $"{Guide}#{Anchor}";
}

/// <summary>A checklist item (<c>- [ ] title {#id}</c>) of a guide.</summary>
/// <param name="Id">Stable lowercase ascii slug, unique across all guides.</param>
/// <param name="Title">The item text without the id attribute.</param>
/// <param name="Guide">Guide (= track) it belongs to.</param>
/// <param name="Section">The section that contains it.</param>
/// <param name="Group">The bold label above the item inside its section (e.g. <c>Day 1: 아키텍처 이해도</c>), if any.</param>
/// <param name="Order">Position among the guide's items (0-based).</param>
/// <param name="Details">Sub-points listed under the item.</param>
public sealed record ChecklistItem(string Id, string Title, string Guide, GuideSection Section, string? Group, int Order, IReadOnlyList<string> Details);

/// <summary>One guide document.</summary>
public sealed record Guide(string Name, string Title, IReadOnlyList<GuideSection> Sections, IReadOnlyList<ChecklistItem> Items, string Markdown);

/// <summary>All guides, parsed. Immutable: a reload builds a new catalog.</summary>
public sealed class GuideCatalog
{
    private readonly Dictionary<string, Guide> _guides;
    private readonly Dictionary<string, ChecklistItem> _items;
    private readonly Dictionary<string, GuideSection> _sections;

    public GuideCatalog(IEnumerable<Guide> guides)
    {
        Guides = guides.OrderBy(g => g.Name, StringComparer.Ordinal).ToArray();
        _guides = Guides.ToDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase);
        Sections = Guides.SelectMany(g => g.Sections).ToArray();
        _sections = Sections.ToDictionary(s => s.Key, StringComparer.Ordinal);
        Items = Guides.SelectMany(g => g.Items).ToArray();
        _items = new Dictionary<string, ChecklistItem>(StringComparer.Ordinal);
        foreach (var item in Items)
        {
            if (!_items.TryAdd(item.Id, item))
            {
                throw new GuideFormatException($"checklist id '{item.Id}' is used twice ({_items[item.Id].Guide} and {item.Guide})");
            }
        }
    }

    public IReadOnlyList<Guide> Guides { get; }

    public IReadOnlyList<GuideSection> Sections { get; }

    /// <summary>Every checklist item of every guide, in guide then document order.</summary>
    public IReadOnlyList<ChecklistItem> Items { get; }

    public Guide? FindGuide(string name) => _guides.GetValueOrDefault(name);

    public ChecklistItem? FindItem(string id) => _items.GetValueOrDefault(id);

    public GuideSection? FindSection(string guide, string anchor) => _sections.GetValueOrDefault($"{guide}#{anchor}");
}

/// <summary>A guide that cannot be used (duplicate id, bad attribute, unreadable file).</summary>
public sealed class GuideFormatException(string message) : Exception(message);
