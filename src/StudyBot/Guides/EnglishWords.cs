using System.IO.Compression;

namespace StudyBot.Guides;

/// <summary>Everyday English words (about 11,100, SCOWL sizes 10 and 20 in either spelling, "color" and "colour"; see <c>Data/english-words.COPYRIGHT</c> and
/// <c>scripts/english-words.sh</c>). A Latin question word the guides never use is an everyday word when it is here
/// ("recipe", "worth", "plate") and otherwise most likely the name of a thing the guides do not cover ("kustomize",
/// "pulumi", "cloudwatch") — the strongest sign of an off-topic question. Beside them the less common English words
/// (SCOWL sizes 35 to 50, about 52,200: "scaffold", "hood", "tweak", "username", but also "spark", "swift", "nomad"),
/// which the reader takes as words only where English grammar marks them as words (see <see cref="IsEnglish"/>).</summary>
public static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(() => Load("StudyBot.Guides.english-words.txt.gz", 40_000));

    private static readonly Lazy<HashSet<string>> Uncommon = new(() => Load("StudyBot.Guides.english-uncommon.txt.gz", 50_000));

    private static readonly string[] Endings = ["s", "es", "ed", "d", "ing", "ly", "er", "able"];

    private static readonly string[] Inflections = ["s", "es", "ed", "ing"];

    /// <summary>True when <paramref name="word"/> (lower case) or its plain inflection base is an everyday English word.</summary>
    public static bool IsEveryday(string word) => EnglishInflection.IsFormOf(word, Words.Value, Endings) || FunctionWords.Contains(word);

    // Prepositions and conjunctions of three letters or more that SCOWL sizes 10 and 20 leave out: without them "among"
    // in "which runtimes are among the cncf projects" read as the name of a thing the guides never mention.
    private static readonly HashSet<string> FunctionWords = new(["among", "amongst", "amid", "amidst", "wherein"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (lower case) is an everyday English word as written, not only by its
    /// base: "default" is, "containerd" (container + d) is not.</summary>
    public static bool IsEverydayAsWritten(string word) => Words.Value.Contains(word) || FunctionWords.Contains(word);

    /// <summary>True when <paramref name="word"/> (lower case) or its plain inflection base is an English word, everyday
    /// or less common ("scaffolds", "tweaks", "hood"). A less common word is also often a name ("spark", "swift",
    /// "nomad"): the reader takes it as a word only where a learner would not be writing a name (QuestionReader's
    /// LooksLikeName).</summary>
    public static bool IsEnglish(string word) => IsEveryday(word) || EnglishInflection.IsFormOf(word, Uncommon.Value, Endings);

    /// <summary>True when <paramref name="word"/> (lower case) is an inflected form of an English word ("tweaks",
    /// "scaffolds", "hopping"): names are seldom inflected.</summary>
    public static bool IsInflected(string word) =>
        EnglishInflection.IsInflectionOf(word, Words.Value, Inflections) || EnglishInflection.IsInflectionOf(word, Uncommon.Value, Inflections);

    /// <summary>True when <paramref name="word"/> (lower case) is an English word made of an everyday word and an
    /// adverb particle: a phrasal verb written as one noun ("cleanup", "teardown", "rollout", "failover") or a compound
    /// led by the particle ("downtime", "uptime"). English makes nouns so, names seldom are.</summary>
    public static bool IsPhrasalNoun(string word) =>
        IsEnglish(word)
        && (Particles.Any(p => word.Length >= p.Length + 3 && word.EndsWith(p, StringComparison.Ordinal) && IsEveryday(word[..^p.Length]))
            || LeadingParticles.Any(p => word.Length >= p.Length + 3 && word.StartsWith(p, StringComparison.Ordinal) && IsEverydayAsWritten(word[p.Length..])));

    /// <summary>True when <paramref name="word"/> (lower case), in neither list, is made of an everyday English word as
    /// learners make words the lists leave out: an everyday word and an adverb particle written as one noun ("tradeoff",
    /// "signup"), an everyday noun with the diminutive -y or -ie of chat ("thingy"), or one of the sentence's
    /// <paramref name="functionWords"/> with two neighbouring letters swapped, the commonest slip of typing ("teh", "waht")
    /// — only those: a name may be an everyday word's letters swapped ("cron", "corn"), hardly a function word's. Names
    /// are seldom built so; read as names (weighing as one) such words declined questions about the guides.</summary>
    public static bool IsMadeOfEveryday(string word, IReadOnlySet<string> functionWords)
    {
        if (word.Length < 3 || !word.All(char.IsAsciiLetterLower) || IsEnglish(word))
        {
            return false;
        }

        if (Particles.Any(p => word.Length >= p.Length + 3 && word.EndsWith(p, StringComparison.Ordinal) && IsEveryday(word[..^p.Length]))
            || LeadingParticles.Any(p => word.Length >= p.Length + 3 && word.StartsWith(p, StringComparison.Ordinal) && IsEverydayAsWritten(word[p.Length..])))
        {
            return true;
        }

        // A doubled consonant typed once ("scafolding", "comitted"), the commonest misspelling of English: the word with
        // that letter doubled is English, everyday or less common.
        if (word.Length >= 6 && DoubledSlip(word))
        {
            return true;
        }

        if (Diminutives.FirstOrDefault(d => word.EndsWith(d, StringComparison.Ordinal)) is { } diminutive && word.Length - diminutive.Length >= 4
            && IsEverydayAsWritten(word[..^diminutive.Length]))
        {
            return true;
        }

        Span<char> swapped = stackalloc char[word.Length];
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (word[i] == word[i + 1])
            {
                continue;
            }

            word.AsSpan().CopyTo(swapped);
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
            if (functionWords.Contains(new string(swapped)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> with one of its single consonants (not beside the same letter) typed
    /// twice is an English word: "scafolding" → "scaffolding".</summary>
    private static bool DoubledSlip(string word)
    {
        Span<char> doubled = stackalloc char[word.Length + 1];
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if ("aeiouy".Contains(c) || word[i - 1] == c || (i + 1 < word.Length && word[i + 1] == c))
            {
                continue;
            }

            word.AsSpan(0, i + 1).CopyTo(doubled);
            doubled[i + 1] = c;
            word.AsSpan(i + 1).CopyTo(doubled[(i + 2)..]);
            if (IsEnglish(new string(doubled)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Diminutives = ["y", "ie"];

    private static readonly string[] Particles = ["up", "down", "out", "off", "over", "back"];

    private static readonly string[] LeadingParticles = ["up", "down", "out"];

    private static readonly Lazy<IReadOnlyDictionary<int, string[]>> Lengths = new(() =>
        Words.Value.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray()));

    /// <summary>The everyday words by length, for reading a misspelling as the word meant.</summary>
    public static IReadOnlyDictionary<int, string[]> ByLength => Lengths.Value;

    private static readonly Lazy<Dictionary<string, List<string>>> Skeletons = new(() =>
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in Words.Value.Concat(Uncommon.Value).Where(w => w.All(char.IsAsciiLetterLower)))
        {
            foreach (var key in KoreanWords.LatinSkeletons(word).Where(k => k.Length >= 2).Distinct())
            {
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add(word);
            }
        }

        return map;
    });

    /// <summary>The English words (everyday or less common) a Hangul word spells whole as a loanword: the same consonant
    /// skeleton (three consonants or more), an opening letter its first consonant is written for, and
    /// <see cref="KoreanWords.SpellsAsLoanword"/>, ending as <see cref="KoreanWords.EndsAsSpelled"/> (메시 is "mesh",
    /// not "message") ("포트폴리오" → portfolio, "모니터" → monitor). Empty for a word Korean spells no English word
    /// with (<see cref="KoreanWords.CouldSpellEnglish"/>).</summary>
    public static IReadOnlyList<string> SpelledBy(string hangul, int minConsonants = 3)
    {
        if (hangul.Length < 2 || !KoreanWords.CouldSpellEnglish(hangul) || KoreanWords.HangulSkeleton(hangul) is not { } skeleton || skeleton.Length < minConsonants)
        {
            return [];
        }

        // With a ㅈ read as a soft g too (메시지 "message").
        var candidates = new[] { skeleton, KoreanWords.SoftGSkeleton(hangul) }
            .SelectMany(k => k is not null && Skeletons.Value.TryGetValue(k, out var found) ? found : []).Distinct();
        return candidates.Where(latin => OpensAs(hangul[0], latin) && KoreanWords.SpellsAsLoanword(hangul, latin) && KoreanWords.EndsAsSpelled(hangul, latin)).ToArray();
    }

    // The letters an English word opens with that Korean writes with each initial consonant (ㄱ g, ㅋ c k q, ㄷ d, ㅌ t,
    // ㅂ b v, ㅍ p f, ㅅ s c sh th, ㅈ j g z, ㅊ ch t, …): the skeleton joins g/k, d/t, b/p, which let native words (타입별,
    // 저장소) spell "dopier" and "chainsaw".
    private static readonly string[][] Openings =
    [
        ["g"], ["gg"], ["n", "kn"], ["d"], ["tt"], ["r", "l"], ["m"], ["b", "v"], ["pp"], ["s", "c", "sh", "th", "ps"], ["ss"], [],
        ["j", "g", "z"], ["jj"], ["ch", "t", "c"], ["c", "k", "q", "ch"], ["t"], ["p", "f", "ph"], ["h", "wh"],
    ];

    private static bool OpensAs(char syllable, string latin)
    {
        var initial = KoreanWords.Initial(syllable);
        return initial == KoreanWords.SilentIeung || Openings[initial].Any(o => latin.StartsWith(o, StringComparison.Ordinal));
    }

    private static HashSet<string> Load(string name, int capacity)
    {
        using var resource = typeof(EnglishWords).Assembly.GetManifestResourceStream(name)
                             ?? throw new InvalidOperationException($"{name} resource missing");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var words = new HashSet<string>(capacity, StringComparer.Ordinal);
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
