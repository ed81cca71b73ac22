using System.IO.Compression;

namespace StudyBot.Guides;

/// <summary>The commonest words of everyday English (SCOWL size 10 in either spelling, about 4,000: "best", "place", "set", "store",
/// "fast"; scripts/english-words.sh) and Korean (a hand-written list: 방법, 추천, 시간, 이유 …). The guides use many of
/// them once or twice, which makes them the guides' rarest — heaviest — words; a question matching the guides only through
/// them ("best place to buy a used car") is not about the guides. In the evidence a question is about the guides they
/// weigh no more than a word the guides never use (<see cref="AnswerSignals.EvidenceCoverage"/>).</summary>
public static class GeneralWords
{
    private static readonly Lazy<(HashSet<string> English, HashSet<string> Korean)> Words = new(Load);

    /// <summary>True when every word of <paramref name="term"/> (lower case, words apart by spaces) is a general word:
    /// in the lists, an inflection of one ("used", "places"), or two letters or fewer ("up", "of").</summary>
    public static bool IsGeneral(string term)
    {
        foreach (var word in term.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IsGeneralWord(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsGeneralWord(string word)
    {
        if (QueryText.IsHangul(word[0]))
        {
            return Words.Value.Korean.Contains(word);
        }

        if (word.Length <= 2)
        {
            return !word.Any(char.IsDigit); // "up", "on", "vs" — but not "k8", "s3"
        }

        // The word or its plain inflection base ("used", "places"); not stems, which would make "virtualization" as
        // general as "virtual".
        return EnglishInflection.IsFormOf(word, Words.Value.English, EnglishInflection.Plain);
    }

    private static (HashSet<string> English, HashSet<string> Korean) Load()
    {
        var english = new List<string>(4_000);
        var korean = new List<string>(200);
        var assembly = typeof(GeneralWords).Assembly;
        using (var stream = assembly.GetManifestResourceStream("StudyBot.Guides.general-english.txt.gz") ?? throw new InvalidOperationException("general-english resource missing"))
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        {
            Read(new StreamReader(gzip), english);
        }

        using (var stream = assembly.GetManifestResourceStream("StudyBot.Guides.general-korean.txt") ?? throw new InvalidOperationException("general-korean resource missing"))
        {
            Read(new StreamReader(stream), korean);
        }

        return (english.ToHashSet(StringComparer.Ordinal), korean.ToHashSet(StringComparer.Ordinal));
    }

    private static void Read(StreamReader reader, List<string> words)
    {
        using (reader)
        {
            while (reader.ReadLine() is { } line)
            {
                var word = line.Trim();
                if (word.Length > 0 && !word.StartsWith('#'))
                {
                    words.Add(word);
                }
            }
        }
    }
}
