using System.IO.Compression;

namespace StudyBot.Guides;

/// <summary>Everyday English words (about 10,700, SCOWL sizes 10 and 20; see <c>Data/english-words.COPYRIGHT</c> and
/// <c>scripts/english-words.sh</c>). A Latin question word the guides never use is an everyday word when it is here
/// ("recipe", "worth", "plate") and otherwise most likely the name of a thing the guides do not cover ("kustomize",
/// "pulumi", "cloudwatch") — the strongest sign of an off-topic question.</summary>
public static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>True when <paramref name="word"/> (lower case) or its plain inflection base is an everyday English word.</summary>
    public static bool IsEveryday(string word) => EnglishInflection.IsFormOf(word, Words.Value, ["s", "es", "ed", "d", "ing", "ly", "er"]);

    private static readonly Lazy<IReadOnlyDictionary<int, string[]>> Lengths = new(() =>
        Words.Value.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray()));

    /// <summary>The everyday words by length, for reading a misspelling as the word meant.</summary>
    public static IReadOnlyDictionary<int, string[]> ByLength => Lengths.Value;

    private static HashSet<string> Load()
    {
        using var resource = typeof(EnglishWords).Assembly.GetManifestResourceStream("StudyBot.Guides.english-words.txt.gz")
                             ?? throw new InvalidOperationException("english-words resource missing");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var words = new HashSet<string>(40_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words;
    }
}
