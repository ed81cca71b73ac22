using YamlDotNet.RepresentationModel;

namespace StudyBot.Guides;

/// <summary>The bilingual glossary (<c>guides/glossary.yaml</c>): groups of words that mean the same thing, and the
/// question words that carry no topic. Terms are stored normalised (<see cref="QueryText.Normalize"/>) as word arrays,
/// so "서비스 메시" and "service mesh" match a question word by word.</summary>
public sealed class Glossary
{
    public const string FileName = "glossary.yaml";

    public static readonly Glossary Empty = new([], []);

    public Glossary(IEnumerable<IEnumerable<string>> groups, IEnumerable<string> stopwords)
    {
        Groups = groups
            .Select(g => g.Select(t => QueryText.Words(t)).Where(w => w.Length > 0).ToArray())
            .Where(g => g.Length > 1)
            .ToArray();
        Stopwords = stopwords.SelectMany(QueryText.Words).ToHashSet(StringComparer.Ordinal);
        foreach (var (group, index) in Groups.Select((g, i) => (g, i)))
        {
            foreach (var term in group)
            {
                if (!_byFirstWord.TryGetValue(term[0], out var list))
                {
                    _byFirstWord[term[0]] = list = [];
                }

                list.Add((term, index));
            }
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Term.Length.CompareTo(a.Term.Length));
        }

        _hangulPrefixes = Groups.SelectMany((g, i) => g.Where(t => t.Length == 1 && t[0].Length >= 2 && QueryText.IsHangul(t[0][0])).Select(t => (Term: t[0], Group: i)))
            .OrderByDescending(x => x.Term.Length)
            .ToArray();
    }

    private readonly Dictionary<string, List<(string[] Term, int Group)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly (string Term, int Group)[] _hangulPrefixes;

    /// <summary>Each group: its terms, each term as normalised words.</summary>
    public IReadOnlyList<string[][]> Groups { get; }

    public IReadOnlySet<string> Stopwords { get; }

    /// <summary>True when <paramref name="word"/> is a glossary term or the first word of one.</summary>
    public bool IsTerm(string word) => _byFirstWord.ContainsKey(word);

    /// <summary>The longest glossary term that starts at <paramref name="start"/>: (group, words consumed), or null.
    /// A Hangul word also matches a term it starts with ("쿠버네티스환경" → 쿠버네티스), since Korean writes compounds
    /// without spaces.</summary>
    public (int Group, int Length)? Match(IReadOnlyList<string> words, int start)
    {
        if (_byFirstWord.TryGetValue(words[start], out var candidates))
        {
            foreach (var (term, group) in candidates)
            {
                if (start + term.Length <= words.Count && term.Select((w, i) => words[start + i] == w).All(x => x))
                {
                    return (group, term.Length);
                }
            }
        }

        var word = words[start];

        // English plurals ("checkpoints", "operators") find the singular term.
        if (word.Length > 3 && word[^1] == 's' && !QueryText.IsHangul(word[0]) && _byFirstWord.TryGetValue(word[..^1], out var singular)
            && singular.FirstOrDefault(c => c.Term.Length == 1) is { Term: not null } one)
        {
            return (one.Group, 1);
        }

        foreach (var (term, group) in _hangulPrefixes)
        {
            if (word.Length > term.Length && word.StartsWith(term, StringComparison.Ordinal))
            {
                return (group, 1);
            }
        }

        return null;
    }

    /// <summary>Loads <c>glossary.yaml</c> from the guides folder; no file means an empty glossary. A malformed file
    /// throws <see cref="GuideFormatException"/> (hot reload then keeps the previous glossary).</summary>
    public static Glossary Load(string folder)
    {
        var file = Path.Combine(folder, FileName);
        if (!File.Exists(file))
        {
            return Empty;
        }

        try
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                yaml.Load(reader);
            }

            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            {
                return Empty;
            }

            var groups = Sequence(root, "groups").Select(g => g is YamlSequenceNode s
                ? s.Children.Select(Scalar)
                : throw new GuideFormatException($"{FileName}: each group must be a list of words"));
            var stopwords = Sequence(root, "stopwords").Select(Scalar);
            return new Glossary(groups.ToArray(), stopwords.ToArray());
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new GuideFormatException($"{FileName} line {e.Start.Line}: {e.Message}");
        }
    }

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node is YamlSequenceNode seq ? seq.Children : throw new GuideFormatException($"{FileName}: '{key}' must be a list")
            : [];

    private static string Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } v } ? v : throw new GuideFormatException($"{FileName}: expected a word, found {node.NodeType}");
}
