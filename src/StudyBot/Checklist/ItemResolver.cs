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
public sealed record ParsedItems(IReadOnlyList<ItemMatch> Matches, string? Note)
{
    public IReadOnlyList<ChecklistItem> Items => Matches.Where(m => m.Item is not null).Select(m => m.Item!).DistinctBy(i => i.Id).ToArray();

    public IReadOnlyList<ItemMatch> Problems => Matches.Where(m => m.Item is null).ToArray();
}

/// <summary>Forgiving checklist ids: case, full-width forms, surrounding punctuation/backticks/brackets, and a Korean or
/// English title fragment that names exactly one item. Anything else gets the closest ids, never a guess.</summary>
public static class ItemResolver
{
    private const int MaxSuggestions = 5;

    private static readonly char[] Wrapping = "`'\"“”‘’[](){}<>«»「」『』【】.,;:!?*_#~".ToCharArray();

    /// <summary>Splits <c>id id … [note]</c>: leading words that name items (or look like a mistyped id) are ids, the
    /// first other word starts the note. The first word is always an id, so a typo is reported, not kept as a note.</summary>
    public static ParsedItems Parse(GuideCatalog catalog, string arguments, bool allowNote)
    {
        var words = arguments.Split([' ', '\t', '\n', '\r', ',', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        var matches = new List<ItemMatch>();
        for (var i = 0; i < words.Length; i++)
        {
            var match = Resolve(catalog, words[i]);
            if (i > 0 && allowNote && match.Item is null && !LooksLikeId(words[i], match))
            {
                return new ParsedItems(matches, string.Join(' ', words[i..]));
            }

            matches.Add(match);
        }

        return new ParsedItems(matches, null);
    }

    public static ItemMatch Resolve(GuideCatalog catalog, string word)
    {
        var key = Normalize(word);
        if (key.Length == 0)
        {
            return new ItemMatch(word, null, []);
        }

        if (catalog.FindItem(key) is { } exact)
        {
            return new ItemMatch(word, exact, []);
        }

        // A title fragment ("오버커밋", "ArgoCD"): unique → that item, several → ask which.
        var titled = key.Length >= 2
            ? catalog.Items.Where(i => Fold(i.Title).Contains(Compact(key), StringComparison.Ordinal)).ToArray()
            : [];
        if (titled.Length == 1)
        {
            return new ItemMatch(word, titled[0], []);
        }

        var close = catalog.Items
            .Select(i => (Item: i, Distance: Text.EditDistance(key, i.Id)))
            .Where(x => x.Distance <= MaxDistance(key))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Item.Id, StringComparer.Ordinal)
            .Select(x => x.Item);
        return new ItemMatch(word, null, titled.Concat(close).DistinctBy(i => i.Id).Take(MaxSuggestions).ToArray(), titled.Length > 1);
    }

    /// <summary>The word as a candidate id: folded, wrapping punctuation and a <c>{#…}</c> attribute form removed.</summary>
    public static string Normalize(string word) => Text.Fold(word).Trim().Trim(Wrapping).Trim();

    /// <summary>A later word that is ascii-slug-shaped and near an id is a mistyped id, not the start of a note.</summary>
    private static bool LooksLikeId(string word, ItemMatch match)
    {
        var key = Normalize(word);
        return key.Contains('-', StringComparison.Ordinal) && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
               || match.Suggestions.Any(s => Text.EditDistance(key, s.Id) <= MaxDistance(key));
    }

    private static int MaxDistance(string key) => Math.Max(2, key.Length / 3);

    // Titles are compared without spaces so "오버 커밋" and "오버커밋" both match.
    private static string Fold(string title) => Compact(Text.Fold(title));

    private static string Compact(string s) => s.Replace(" ", string.Empty, StringComparison.Ordinal);
}
