using System.Text.RegularExpressions;

namespace StudyBot.Guides;

/// <summary>A guide named in the question itself ("networking 가이드에서 …", "in the infra platform guide, …",
/// "5주 과정에서 …"): name words the catalog knows for exactly one guide, right before a guide word (가이드, guide, 문서,
/// 과정, 계획서 …), with a following "according to" (기준, 따르면) taken with it. A guide's name words are its file name and its parts, its title's words and their single-word
/// glossary synonyms; a word names a guide as <c>/ask networking: …</c> does (<see cref="AskScope.Names"/>). The run of
/// name words before the guide word is read backwards while the guides it can name narrow to one or more; it names a
/// guide when exactly one is left.</summary>
public sealed partial class GuideMentions
{
    private static readonly HashSet<string> GuideWords = new(["가이드", "guide", "문서", "doc", "docs", "document", "과정", "course", "계획서", "plan"], StringComparer.Ordinal);

    // A word right after the guide word that makes it "according to the guide" ("인프라 가이드 기준", "가이드에 따르면").
    private static readonly HashSet<string> AccordingTo = new(["기준", "따르면"], StringComparer.Ordinal);

    // Each name word with the guides it belongs to.
    private readonly Dictionary<string, HashSet<string>> _names = new(StringComparer.Ordinal);

    public GuideMentions(GuideCatalog catalog, Glossary glossary)
    {
        foreach (var guide in catalog.Guides)
        {
            // "devops-k8s-5weeks": the name, its parts and their words ("week" of "5weeks", but nothing of "k8s").
            var own = Words(guide.Name).Append(Glossary.Key(QueryText.Normalize(guide.Name))).Concat(Words(guide.Title)).ToHashSet(StringComparer.Ordinal);
            own.UnionWith(own.SelectMany(w => Letters().Matches(w)).Select(m => Key(m.Value)).ToArray());
            foreach (var group in glossary.Groups.Where(g => g.Any(t => t.Length == 1 && own.Contains(Glossary.Key(t[0])))))
            {
                own.UnionWith(group.Where(t => t.Length == 1).Select(t => Glossary.Key(t[0])));
            }

            foreach (var word in own.Where(w => w.Length >= 2 && !w.All(char.IsDigit) && !GuideWords.Contains(w)))
            {
                if (!_names.TryGetValue(word, out var guides))
                {
                    _names[word] = guides = new HashSet<string>(StringComparer.Ordinal);
                }

                guides.Add(guide.Name);
            }
        }
    }

    /// <summary>The guide the question names and the question without the words that named it (they are scaffolding,
    /// not content), or null.</summary>
    public (string Guide, string Question)? Find(string question)
    {
        var words = Word().Matches(question);
        for (var i = 1; i < words.Count; i++)
        {
            if (!GuideWords.Contains(Key(words[i].Value)))
            {
                continue;
            }

            HashSet<string>? guides = null;
            var first = i;
            for (var j = i - 1; j >= 0 && Guides(Key(words[j].Value)) is { } named; j--)
            {
                var narrowed = guides is null ? named : guides.Intersect(named).ToHashSet(StringComparer.Ordinal);
                if (narrowed.Count == 0)
                {
                    break;
                }

                (guides, first) = (narrowed, j);
            }

            if (guides is { Count: 1 })
            {
                var only = guides.First();
                var start = words[first].Index;
                var last = i + 1 < words.Count && AccordingTo.Contains(Key(words[i + 1].Value)) ? words[i + 1] : words[i];
                var end = last.Index + last.Length;
                return (only, $"{question[..start].TrimEnd()} {question[end..].TrimStart()}".Trim());
            }
        }

        return null;
    }

    /// <summary>The guides a word of the question names: a name word equal to it, or starting with it (three letters or more).</summary>
    private HashSet<string>? Guides(string said)
    {
        HashSet<string>? found = null;
        foreach (var (name, guides) in _names)
        {
            if (AskScope.Names(name, said))
            {
                (found ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(guides);
            }
        }

        return found;
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => Key(m.Value));

    private static string Key(string word) => Glossary.Key(QueryText.StripParticle(QueryText.Normalize(word)));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Letters();
}
