using System.Runtime.CompilerServices;
using StudyBot.Conversation;
using StudyBot.Guides;

namespace StudyBot.Checklist;

/// <summary>What one word of <c>/done …</c> turned out to be.</summary>
/// <param name="Input">The word as the user wrote it.</param>
/// <param name="Item">The item, when the word names exactly one.</param>
/// <param name="Suggestions">Closest items when it names none or several (best first).</param>
/// <param name="Ambiguous">True when the word is a fragment of several titles.</param>
public sealed record ItemMatch(string Input, ChecklistItem? Item, IReadOnlyList<ChecklistItem> Suggestions, bool Ambiguous = false);

/// <summary>The ids, unresolved words and note of a <c>/done</c> or <c>/undo</c> argument list.</summary>
/// <param name="TooMany">More than <see cref="ItemResolver.MaxItems"/> items were given (the rest was not read).</param>
public sealed record ParsedItems(IReadOnlyList<ItemMatch> Matches, string? Note, bool TooMany = false)
{
    public IReadOnlyList<ChecklistItem> Items => Matches.Where(m => m.Item is not null).Select(m => m.Item!).DistinctBy(i => i.Id).ToArray();

    public IReadOnlyList<ItemMatch> Problems => Matches.Where(m => m.Item is null).ToArray();
}

/// <summary>Forgiving checklist ids: case, full-width forms, surrounding punctuation/backticks/brackets, and a Korean or
/// English title fragment that names exactly one item. Anything else gets the closest ids, never a guess.</summary>
public static class ItemResolver
{
    /// <summary>Items per command: enough for a day's checkpoints, small enough that one message cannot fan out into
    /// hundreds of writes.</summary>
    public const int MaxItems = 30;

    /// <summary>Longest word matched against ids and titles (ids and title words are far shorter). A longer word names
    /// no item and gets no fuzzy search: edit distances grow with the word's length times every id's.</summary>
    public const int MaxWordLength = 64;

    /// <summary>Words that name no item and are explained with suggestions in a reply; the rest are only counted.</summary>
    public const int MaxProblemsExplained = 3;

    private const int MaxSuggestions = 5;

    // Item titles folded for fragment matching, once per catalog (a reload makes a new catalog).
    private static readonly ConditionalWeakTable<GuideCatalog, string[]> FoldedTitles = [];

    // Each item's title and id words, folded, once per catalog.
    private static readonly ConditionalWeakTable<GuideCatalog, string[][]> TitleWords = [];

    private static readonly char[] WordBreaks = " -/_.,:;()[]·—–'\"`".ToCharArray();

    private static readonly char[] Wrapping = "`'\"“”‘’[](){}<>«»「」『』【】.,;:!?*_#~".ToCharArray();

    /// <summary>Splits <c>id id … [note]</c>. The first word is always an item (id or title fragment), so a typo is
    /// reported rather than kept as a note; later words are items while they are shaped like ids (ascii slugs with a
    /// hyphen, or an exact id), and the first other word starts the note — so "실습 재밌었다" stays a note even though
    /// "실습" is in some title.</summary>
    public static ParsedItems Parse(GuideCatalog catalog, string arguments, bool allowNote, Glossary? glossary = null)
    {
        var words = arguments.Split([' ', '\t', '\n', '\r', ',', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries);

        // Count the item words first (a cheap shape check), so too many is refused before any matching work.
        var count = allowNote ? Math.Min(words.Length, 1) : words.Length;
        while (allowNote && count < words.Length && count <= MaxItems && LooksLikeId(catalog, words[count]))
        {
            count++;
        }

        if (count > MaxItems)
        {
            return new ParsedItems([], null, TooMany: true);
        }

        // Only the first few words that name nothing get "did you mean" suggestions (the reply shows no more).
        var matches = new List<ItemMatch>(count);
        var unresolved = 0;
        for (var i = 0; i < count; i++)
        {
            var match = Resolve(catalog, words[i], glossary, suggest: unresolved < MaxProblemsExplained);
            unresolved += match.Item is null ? 1 : 0;
            matches.Add(match);
        }

        return new ParsedItems(matches, count < words.Length ? string.Join(' ', words[count..]) : null);
    }

    /// <param name="glossary">Bilingual synonyms, so a Korean fragment finds an English title ("오퍼레이터" → "Operator").</param>
    /// <param name="suggest">Whether a word that names nothing gets the closest ids (an edit distance to every id).</param>
    public static ItemMatch Resolve(GuideCatalog catalog, string word, Glossary? glossary = null, bool suggest = true)
    {
        var key = Normalize(word);
        if (key.Length is 0 or > MaxWordLength)
        {
            return new ItemMatch(word, null, []);
        }

        if (catalog.FindItem(key) is { } exact)
        {
            return new ItemMatch(word, exact, []);
        }

        // A title fragment ("오버커밋", "ArgoCD", "오퍼레이터"): unique → that item, several → ask which, listing the
        // role checklists' own items (the "체크리스트" sections) first.
        var fragments = key.Length >= 2 ? Synonyms(glossary, key).Prepend(Compact(key)).Distinct().ToArray() : [];
        var titles = FoldedTitles.GetValue(catalog, static c => c.Items.Select(i => Fold(i.Title)).ToArray());
        var titled = catalog.Items
            .Where((_, n) => fragments.Any(f => titles[n].Contains(f, StringComparison.Ordinal)))
            .OrderBy(i => IsRoleChecklist(i) ? 0 : 1)
            .ThenBy(i => i.Id.Length)
            .ToArray();
        if (titled.Length == 1)
        {
            return new ItemMatch(word, titled[0], []);
        }

        if (!suggest)
        {
            return new ItemMatch(word, null, [], titled.Length > 1);
        }

        var close = catalog.Items
            .Select(i => (Item: i, Distance: Text.EditDistance(key, i.Id, MaxDistance(key))))
            .Where(x => x.Distance <= MaxDistance(key))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Item.Id, StringComparer.Ordinal)
            .Select(x => x.Item);
        return new ItemMatch(word, null, titled.Concat(close).Concat(CloseTitleWords(catalog, key)).DistinctBy(i => i.Id).Take(MaxSuggestions).ToArray(), titled.Length > 1);
    }

    /// <summary>Items whose title or id has a word close to each part of a hyphenated guess ("kubernets-operater" →
    /// the item titled "Kubernetes Controller/Operator …"), in catalog order.</summary>
    private static IEnumerable<ChecklistItem> CloseTitleWords(GuideCatalog catalog, string key)
    {
        var parts = key.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 3).Take(4).ToArray();
        if (parts.Length == 0)
        {
            return [];
        }

        var words = TitleWords.GetValue(catalog, static c => c.Items
            .Select(i => Text.Fold(i.Title + " " + i.Id).Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).Distinct().ToArray())
            .ToArray());
        return catalog.Items.Where((_, n) => parts.All(p => words[n].Any(w => Text.EditDistance(p, w, Math.Max(1, p.Length / 4)) <= Math.Max(1, p.Length / 4))));
    }

    /// <summary>The other terms of the glossary group the whole word belongs to (particles stripped), compacted.</summary>
    private static IEnumerable<string> Synonyms(Glossary? glossary, string key)
    {
        var words = QueryText.Words(key);
        if (glossary is null || words.Length == 0 || glossary.Match(words, 0) is not { } match || match.Length != words.Length)
        {
            return [];
        }

        return glossary.Groups[match.Group].Select(term => Compact(string.Concat(term))).Where(t => t.Length >= 2);
    }

    private static bool IsRoleChecklist(ChecklistItem item) => item.Section.Heading.Contains("체크리스트", StringComparison.Ordinal);

    /// <summary>The reply refusing the whole command — nothing given, too many items, or a word that names no single
    /// item — or null when every word named an item. Nothing is written when a command is refused.</summary>
    public static Reply? Refusal(this ParsedItems parsed, CommandContext context, string usageKey)
    {
        if (parsed.TooMany)
        {
            return new ReplyBuilder().Text(context.T("checklist.resolve.too_many", new { max = MaxItems })).Build();
        }

        if (parsed.Matches.Count == 0)
        {
            return new ReplyBuilder().Text(context.T(usageKey)).Build();
        }

        return parsed.Problems.Count > 0
            ? new ReplyBuilder().Problems(context, parsed.Problems).Context(context.T("checklist.resolve.nothing_written")).Build()
            : null;
    }

    /// <summary>The word as a candidate id: folded, wrapping punctuation and a <c>{#…}</c> attribute form removed.</summary>
    public static string Normalize(string word) => Text.Fold(word).Trim().Trim(Wrapping).Trim();

    private static bool LooksLikeId(GuideCatalog catalog, string word)
    {
        var key = Normalize(word);
        return catalog.FindItem(key) is not null
               || key.Contains('-', StringComparison.Ordinal) && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
    }

    private static int MaxDistance(string key) => Math.Max(2, key.Length / 3);

    // Titles are compared without spaces so "오버 커밋" and "오버커밋" both match.
    private static string Fold(string title) => Compact(Text.Fold(title));

    private static string Compact(string s) => s.Replace(" ", string.Empty, StringComparison.Ordinal);
}
