using YamlDotNet.RepresentationModel;

namespace StudyBot.Guides;

/// <summary>The bilingual glossary: groups of words that mean the same thing, and the question words that carry no topic.
/// The curated part is <c>guides/glossary.yaml</c>; the index adds the pairs the guides themselves write
/// (<see cref="GuideVocabulary"/>). Terms are stored normalised (<see cref="QueryText.Normalize"/>) as word arrays and
/// matched word by word, English words by their stem ("instances" finds "instance"), so "서비스 메시" and "service mesh"
/// match a question's words. A term may belong to several groups; a question word then gets all of their names.</summary>
public sealed class Glossary
{
    public const string FileName = "glossary.yaml";

    public static readonly Glossary Empty = new([], []);

    private readonly Dictionary<string, List<(string[] Keys, int Group)>> _byFirstKey = new(StringComparer.Ordinal);
    private readonly (string Term, int Group)[] _hangulPrefixes;

    /// <summary><see cref="_hangulPrefixes"/> by their first letter, longest first as there.</summary>
    private readonly Dictionary<char, (string Term, int Group)[]> _hangulPrefixesByFirst;
    private readonly Lazy<Dictionary<string, string?>> _spelledWords;
    private readonly Lazy<Dictionary<string, string[]>> _longerApart;
    private readonly HashSet<string> _wordsOfPhrases;

    /// <param name="oneWay">Indices (in <paramref name="groups"/>) of short-form groups: the first term is a clipping read
    /// as the rest, while the rest are not read as the clipping nor as one another (see <see cref="OneWay"/>).</param>
    public Glossary(IEnumerable<IEnumerable<string>> groups, IEnumerable<string> stopwords, IEnumerable<string>? labels = null, IEnumerable<int>? oneWay = null)
    {
        var input = groups
            .Select(g => g.Select(t => QueryText.Words(t)).Where(w => w.Length > 0).DistinctBy(w => string.Join(' ', w)).ToArray())
            .ToArray();
        var kept = Enumerable.Range(0, input.Length).Where(i => input[i].Length > 1).ToArray();
        Groups = kept.Select(i => input[i]).ToArray();
        var oneWayInput = oneWay?.ToHashSet() ?? [];
        OneWay = kept.Select((i, k) => (i, k)).Where(x => oneWayInput.Contains(x.i)).Select(x => x.k).ToHashSet();
        var labelList = labels?.ToArray();
        Labels = Groups.Select((g, i) => labelList is not null && i < labelList.Length ? labelList[i] : string.Join("/", g.Take(3).Select(t => string.Join(' ', t)))).ToArray();
        Stopwords = stopwords.SelectMany(QueryText.Words).ToHashSet(StringComparer.Ordinal);
        foreach (var (group, index) in Groups.Select((g, i) => (g, i)))
        {
            // A short-form group is found by its clipping only: "network policies" stays two ideas.
            foreach (var term in OneWay.Contains(index) ? group.Take(1) : group)
            {
                var keys = term.Select(Key).ToArray();
                if (!_byFirstKey.TryGetValue(keys[0], out var list))
                {
                    _byFirstKey[keys[0]] = list = [];
                }

                list.Add((keys, index));
            }
        }

        foreach (var list in _byFirstKey.Values)
        {
            list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        }

        // A term of Hangul words is also found written solid ("수평확장" for 수평 확장): Korean spacing is loose, and read by
        // its first word only the compound lost its head.
        _hangulPrefixes = Groups.SelectMany((g, i) => (OneWay.Contains(i) ? g.Take(1) : g)
                .Where(t => t.All(w => w.Length > 0 && QueryText.IsHangul(w[0])) && (t.Length == 1 ? t[0].Length >= 2 : string.Concat(t).Length >= 3))
                .Select(t => (Term: string.Concat(t), Group: i)))
            .Distinct()
            .OrderByDescending(x => x.Term.Length)
            .ToArray();
        _hangulPrefixesByFirst = _hangulPrefixes.GroupBy(p => p.Term[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _spelledWords = new(SpelledWords);
        _longerApart = new(LongerApartTerms);
        _wordsOfPhrases = Groups.SelectMany(g => g).Where(t => t.Length > 1).SelectMany(t => t)
            .Where(w => w.Length > 0 && QueryText.IsHangul(w[0])).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when the Hangul word <paramref name="word"/> is a word of a glossary term of several words (주입 of
    /// "장애 주입"): a word the glossary reads only beside its neighbours.</summary>
    public bool InPhrase(string word) => _wordsOfPhrases.Contains(word);

    /// <summary>The glossary's Hangul words that start with the Hangul term <paramref name="term"/> and are longer, in no
    /// group with it though their groups' English words share a stem, and no compound of it with another word (체크리스트
    /// is check and list): 스케줄링 (scheduling) and 스케줄러 (scheduler) for 스케줄 (schedule, 일정). The glossary
    /// keeps them apart, so a line that writes the longer word does not have the shorter one's idea through its start, as
    /// it has 스케일 (scale) through 스케일링 (scaling), their group's. Empty for a word that is no term of its own.</summary>
    public IReadOnlyList<string> LongerApart(string term) => _longerApart.Value.GetValueOrDefault(term) ?? [];

    private Dictionary<string, string[]> LongerApartTerms()
    {
        // The one-word Hangul terms and their groups.
        var groupsOf = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Count; g++)
        {
            foreach (var term in Groups[g].Where(t => t.Length == 1 && t[0].Length >= 2 && t[0].All(QueryText.IsHangul)))
            {
                if (!groupsOf.TryGetValue(term[0], out var set))
                {
                    groupsOf[term[0]] = set = [];
                }

                set.Add(g);
            }
        }

        var apart = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (shorter, groups) in groupsOf)
        {
            // The longer word a loanword of its own (스케줄링 "scheduling", 로그인 "login"), not the shorter with a Korean
            // suffix (컨테이너화, 확장성) or a compound of it and another word (체크리스트, 데이터센터): those keep its idea.
            var longer = groupsOf.Where(x => x.Key.Length > shorter.Length && x.Key.StartsWith(shorter, StringComparison.Ordinal) && !x.Value.Overlaps(groups)
                    && !Compound(x.Key[shorter.Length..]) && SameStem(shorter, groups, x.Key, x.Value))
                .Select(x => x.Key).Order(StringComparer.Ordinal).ToArray();
            if (longer.Length > 0)
            {
                apart[shorter] = longer;
            }
        }

        return apart;

        // Their groups' English words one stem ("schedule", "scheduling"): English stemming would make them one word,
        // the glossary keeps them two.
        // Both Hangul words loanwords spelling those English words (스케줄 schedule, 스케줄링 scheduling), not Korean words
        // with a suffix (가상 · 가상화, 개발 · 개발자), which keep the shorter's idea.
        bool SameStem(string shorterWord, HashSet<int> shorterGroups, string longerWord, HashSet<int> longerGroups)
        {
            var stems = English(shorterWord, shorterGroups).SelectMany(LatinStems.Of).ToHashSet(StringComparer.Ordinal);
            return stems.Count > 0 && English(longerWord, longerGroups).Any(l => LatinStems.Of(l).Any(stems.Contains));
        }

        IEnumerable<string> English(string hangul, HashSet<int> groups) => groups.SelectMany(g => Groups[g])
            .Where(t => t.Length == 1 && t[0].All(char.IsAsciiLetterLower) && KoreanWords.SpellsAsLoanword(hangul, t[0])).Select(t => t[0]);

        // The rest of the longer word a word of its own: a term (데이터센터) or an everyday English word spelled (리스트).
        bool Compound(string rest) => groupsOf.ContainsKey(rest)
            || (rest.Length >= 2 && EnglishWords.SpelledBy(rest, minConsonants: 2).Any(EnglishWords.IsEverydayAsWritten));
    }

    /// <summary>The Latin word a Hangul word spells inside a glossary term written both ways word for word ("워커 노드" and
    /// "worker node": 워커 is "worker"), or null. A loanword of one consonant (워커) is too short to be read by its sound
    /// alone (<see cref="KoreanWords.HangulSkeleton"/>), but a term that pairs it with its English word says what it
    /// spells: the same consonants and vowels (<see cref="KoreanWords.SpellsAsLoanword"/>) at the same place.</summary>
    public string? SpelledWord(string hangul) => _spelledWords.Value.GetValueOrDefault(hangul);

    private Dictionary<string, string?> SpelledWords()
    {
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var hangul in group.Where(t => t.Length >= 2 && t.All(w => w.All(QueryText.IsHangul))))
            {
                foreach (var latin in group.Where(t => t.Length == hangul.Length && t.All(w => w.All(char.IsAsciiLetterLower))))
                {
                    for (var i = 0; i < hangul.Length; i++)
                    {
                        var (h, l) = (hangul[i], latin[i]);
                        if (h.Length >= 2 && KoreanWords.CouldSpellEnglish(h) && KoreanWords.HangulSkeleton(h) is { } skeleton
                            && KoreanWords.LatinSkeletons(l).Contains(skeleton) && KoreanWords.SpellsAsLoanword(h, l) && KoreanWords.EndsAsSpelled(h, l))
                        {
                            // Two terms that pair one Hangul word with two English words say nothing certain: neither.
                            found[h] = found.TryGetValue(h, out var before) && before != l ? null : l;
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Each group: its terms, each term as normalised words.</summary>
    public IReadOnlyList<string[][]> Groups { get; }

    /// <summary>The short-form groups (their indices in <see cref="Groups"/>): a clipping learners type for a name the
    /// guides write in full and also apart ("넷폴" for network policy, which the guides write as "Network Policy" and as
    /// 네트워크 정책). The clipping reads as the full name; the full name is not found through the group, as a two-way group
    /// made "network policies" one lighter idea and lost the lines that say 네트워크 and 정책 apart.</summary>
    public IReadOnlySet<int> OneWay { get; }

    /// <summary>Per group, a short name for logs ("curated: 쿠버네티스/쿠버/k8s", "guide: 관측성(Observability)").</summary>
    public IReadOnlyList<string> Labels { get; }

    public IReadOnlySet<string> Stopwords { get; }

    /// <summary>The form a word is matched by: an English word's lemma (<see cref="LatinStems.Lemma"/>: "instances"
    /// finds "instance", but "operator" does not find the group of "operations", nor "virtualization" that of
    /// "virtual", as their shared Porter stem would), a Hangul word as written.</summary>
    public static string Key(string word)
    {
        if (word.Length == 0 || QueryText.IsHangul(word[0]) || word.Any(char.IsDigit))
        {
            return word;
        }

        return LatinStems.Of(word).Length == 1 ? LatinStems.Lemma(word) : word;
    }

    /// <summary>True when <paramref name="word"/> is a glossary term or the first word of one.</summary>
    public bool IsTerm(string word) => _byFirstKey.ContainsKey(Key(word));

    /// <summary>The longest glossary term that starts at <paramref name="start"/>: (group, words consumed), or null.</summary>
    public (int Group, int Length)? Match(IReadOnlyList<string> words, int start) =>
        MatchAll(words, start) is { } all ? (all.Groups[0], all.Length) : null;

    /// <summary>The longest glossary term that starts at <paramref name="start"/> and every group that has it. A Hangul
    /// word also matches a term it starts with ("쿠버네티스환경" → 쿠버네티스), since Korean writes compounds without
    /// spaces.</summary>
    public (int Length, IReadOnlyList<int> Groups)? MatchAll(IReadOnlyList<string> words, int start)
    {
        if (_byFirstKey.TryGetValue(Key(words[start]), out var candidates))
        {
            // The longest term written whole (the candidates are longest first); a term of two words or more wins, then
            // one of three with its middle word left out, then a term of one word — read with a head it shares.
            // A term of two words or more may end in a particle, as any Korean noun does ("관련 자료에", "가격 인하가").
            var keys = candidates.Select(c => c.Keys).FirstOrDefault(term => start + term.Length <= words.Count
                && term.Select((k, i) => Key(words[start + i]) == k || (i > 0 && i == term.Length - 1 && EndsInParticle(words[start + i], k))).All(x => x));
            if (keys is { Length: >= 2 })
            {
                return (keys.Length, Groups(keys));
            }

            if (Elided(candidates, words, start) is { } elided)
            {
                return (2, elided);
            }

            if (keys is not null)
            {
                return (1, SharedHead(words, start) ?? AsWritten(words[start], Groups(keys)));
            }
        }

        // Only the terms opening with the word's first letter can start it, as written or with a fused ending (whose stem
        // keeps all but its last syllable, and a term has two letters or more).
        var word = words[start];
        if (word.Length == 0 || !_hangulPrefixesByFirst.TryGetValue(word[0], out var prefixes))
        {
            return null;
        }

        var predicate = KoreanWords.IsPredicate(word) || KoreanWords.QuotedOrWhenForms(word).Count > 0;
        foreach (var (term, group) in prefixes)
        {
            if (word.Length >= term.Length && (word.StartsWith(term, StringComparison.Ordinal) || FusedEnding(word, term, predicate))
                && AtMorphemeBoundary(word[term.Length..]))
            {
                return (1, PrefixGroups(term));
            }
        }

        return null;

        int[] Groups(string[] keys) => candidates!.Where(c => c.Keys.SequenceEqual(keys)).Select(c => c.Group).Distinct().ToArray();
    }

    /// <summary>The groups of every Hangul term written <paramref name="term"/>, for a word opening with it (a method of its
    /// own: a lambda over the loop's term in <see cref="MatchAll"/> allocated its closure for every term tried).</summary>
    private int[] PrefixGroups(string term) => _hangulPrefixes.Where(p => p.Term == term).Select(p => p.Group).Distinct().ToArray();

    /// <summary>Of the <paramref name="groups"/> an English word in its dictionary form or a plain inflection of it
    /// ("schedule", "clusters", "deploying") meets by its lemma, those that are not named by another form of it: a group
    /// that writes the lemma only as a derivation or an -ing noun ("scheduling", "scheduler", "clustering", "staging",
    /// "customizing", "deployment") and has that form as a Hangul loanword too (스케줄링, 스케줄러, 클러스터링, 스테이징,
    /// 커스터마이징, 디플로이먼트) is the narrower idea the guides borrowed that word for, which the plain word does not
    /// name: "schedule" is 스케줄/일정, "cluster" 클러스터, "deploy" 배포, not the Deployment object. A group whose Korean
    /// is a word of its own (운영 for "running", 확장성 for "scalable") keeps every form. A derived question word
    /// ("scheduler") meets all of them, and so does any word when every group would be left out.</summary>
    private int[] AsWritten(string word, int[] groups)
    {
        if (groups.Length < 2 || word.Length == 0 || !word.All(char.IsAsciiLetterLower))
        {
            return groups;
        }

        var key = Key(word);
        var bases = EnglishInflection.Bases(word, EnglishInflection.Plain).ToHashSet(StringComparer.Ordinal);
        if (word != key && !bases.Contains(key))
        {
            return groups;
        }

        var kept = groups.Where(g => !NamedByOtherForm(Groups[g])).ToArray();
        return kept.Length > 0 ? kept : groups;

        bool NamedByOtherForm(string[][] group)
        {
            var forms = group.Where(t => t is [var one] && one.All(char.IsAsciiLetterLower) && Key(one) == key).Select(t => t[0]).ToArray();
            return !forms.Any(f => f == word || bases.Contains(f) || EnglishInflection.Bases(f, Plural).Contains(word))
                && group.Any(t => t is [var h] && h.All(QueryText.IsHangul) && forms.Any(f => Spells(h, f)));
        }
    }

    /// <summary>Whether the Hangul word of a group spells that group's English word as a loanword (same start, every
    /// vowel fitting; the group already pairs them, as <see cref="LongerApart"/> reads its words).</summary>
    private static bool Spells(string hangul, string latin) =>
        hangul.Length >= 2 && KoreanWords.CouldSpellEnglish(hangul) && KoreanWords.SpellsAsLoanword(hangul, latin);

    private static readonly string[] Plural = ["s", "es"];

    /// <summary>Whether <paramref name="word"/> is the Hangul <paramref name="key"/> with a particle after it.</summary>
    private static bool EndsInParticle(string word, string key) =>
        word.Length > key.Length && QueryText.IsHangul(key[^1]) && Key(QueryText.StripParticle(word, minStem: 1)) == key;

    /// <summary>Whether a verb form <paramref name="word"/> (<paramref name="predicate"/>: it ends as one) starts with the
    /// open verb stem <paramref name="term"/> whose last syllable took an ending's ㄴ, ㄹ or ㅁ as its final ("긁어올때" is
    /// 긁어오 + ㄹ 때, "늘린다고" 늘리 + ㄴ다고, "돌림" 돌리 + ㅁ, the noun form that ends a word) or the 아/어 ending
    /// contracted into its vowel ("바꿔야" is 바꾸 + 어야, "긁어와야" 긁어오 + 아야, "저장했" 저장하 + 였): Korean writes those
    /// endings inside the stem's last syllable, so the stem is not a prefix as written.</summary>
    private static bool FusedEnding(string word, string term, bool predicate)
    {
        if (term.Length < 2 || string.CompareOrdinal(word, 0, term, 0, term.Length - 1) != 0)
        {
            return false;
        }

        var last = word[term.Length - 1];
        if (predicate && KoreanWords.ContractsWith(term[^1], last))
        {
            return true;
        }

        var fused = KoreanWords.FinalOn(term[^1], last);
        return predicate
            ? fused is KoreanWords.FinalNieun or KoreanWords.FinalRieul or KoreanWords.FinalMieum
            : fused == KoreanWords.FinalMieum && word.Length == term.Length;
    }

    // Suffixes that make a noun of another thing from a noun (機/器 a device, 者 a person, 化 making into, 車 a vehicle):
    // 공유기 is a router, not sharing; 관리자 a person, not management; 자동차 a car, not automatic. Words and endings of
    // one syllable — 값, 때, 용, 고, 면 — and 性 (확장성, a quality of the same idea) keep the term's sense.
    private static readonly HashSet<char> DerivingSuffixes = ['기', '자', '화', '차'];

    /// <summary>Whether what follows a term in a Hangul word leaves the term a word of its own: particles, an ending or a
    /// further word ("공유는", "바꾸고", "기본값", "쿠버네티스환경"), not a suffix making another noun of it: 공유기 (router)
    /// is not 공유 (share), nor 분석기 or 제어기 분석 or 제어, nor 자동차 (car) 자동.</summary>
    private static bool AtMorphemeBoundary(string rest)
    {
        for (var stripped = QueryText.StripParticle(rest, minStem: 0); stripped != rest; stripped = QueryText.StripParticle(rest, minStem: 0))
        {
            rest = stripped;
        }

        return rest.Length != 1 || !DerivingSuffixes.Contains(rest[0]);
    }

    /// <summary>The groups of the terms of three words whose first and last word are the two words at
    /// <paramref name="start"/>, the middle one left out ("horizontal autoscaler", "수평 오토스케일러" for "horizontal pod
    /// autoscaler", "수평 파드 오토스케일러"), or null. A compound keeps its head (last) and the modifier that tells its kind
    /// (first) when a learner shortens it; read as two words, "horizontal" and "autoscaler" found "# HPA (Horizontal Pod
    /// Autoscaler)" in a manifest rather than the lines that say HPA. Not for a term with a function word ("infrastructure
    /// as code", "name comes from"): those are phrases, not compounds.</summary>
    private int[]? Elided(List<(string[] Keys, int Group)> candidates, IReadOnlyList<string> words, int start)
    {
        if (start + 1 >= words.Count)
        {
            return null;
        }

        var last = Key(words[start + 1]);
        var groups = candidates.Where(c => c.Keys.Length == 3 && c.Keys[2] == last && !c.Keys.Any(Stopwords.Contains)).Select(c => c.Group).Distinct().ToArray();
        return groups.Length > 0 ? groups : null;
    }

    /// <summary>The groups of the term a modifier makes with a head named once for two modifiers ("수평 수직
    /// 오토스케일러", "vertical and horizontal autoscaler" with the function words gone: the vertical autoscaler and the
    /// horizontal one), when the next word and that head are a term of two words too, or the next word starts a term of
    /// three whose last two make one with the modifier too ("vertical horizontal pod autoscaler") — or null.</summary>
    private int[]? SharedHead(IReadOnlyList<string> words, int start)
    {
        // The head of three words ("vertical (and) horizontal pod autoscalers"): the modifier with the next term's last two.
        if (start + 3 < words.Count && _byFirstKey.TryGetValue(Key(words[start + 1]), out var following)
            && _byFirstKey.TryGetValue(Key(words[start]), out var before)
            && following.Any(c => Ends(c.Keys)) && before.Where(c => Ends(c.Keys)).Select(c => c.Group).Distinct().ToArray() is { Length: > 0 } shared)
        {
            return shared;
        }

        if (start + 2 >= words.Count || !_byFirstKey.TryGetValue(Key(words[start + 1]), out var next)
            || TwoWordTerm(next, words[start + 1], words[start + 2]) is null
            || !_byFirstKey.TryGetValue(Key(words[start]), out var own))
        {
            return null;
        }

        return TwoWordTerm(own, words[start], words[start + 2]);

        bool Ends(string[] keys) => keys.Length == 3 && keys[1] == Key(words[start + 2]) && keys[2] == Key(words[start + 3]);
    }

    /// <summary>The groups of the terms <paramref name="first"/> and <paramref name="last"/> make: a term of those two
    /// words, or one of three with its middle word left out (<see cref="Elided"/>).</summary>
    private int[]? TwoWordTerm(List<(string[] Keys, int Group)> candidates, string first, string last)
    {
        var key = Key(last);
        var exact = candidates.Where(c => c.Keys.Length == 2 && c.Keys[1] == key).Select(c => c.Group).Distinct().ToArray();
        return exact.Length > 0 ? exact : Elided(candidates, [first, last], 0);
    }

    /// <summary>The groups of an English term of two to four words that a run of Hangul words at <paramref name="start"/>
    /// translates word for word, each Hangul word a whole term whose group holds that English word ("컨테이너 네트워크
    /// 인터페이스" → "container network interface", "네트워크 기능 가상화" → "network functions virtualization"), with
    /// the run's length — or null. Korean renders such a term one word at a time; read as separate words it lost the
    /// acronym the English term stands for (CNI, NFV), and with it the lines that write only the acronym. Only a term whose
    /// group holds such a one-word name that the guides write (<paramref name="written"/>) is taken: one the guides write
    /// only in the run's own words ("gateway api", "final project") finds no line its words do not, and read as one idea
    /// it lost their weight and the credit each earns in a heading alone.</summary>
    public (int Length, IReadOnlyList<int> Groups)? Translated(IReadOnlyList<string> words, int start, Func<string, IEnumerable<string>> spelled, Func<string, bool> written)
    {
        // Each word's English, read once for all the run lengths tried: as written inside the run, and as the run's last
        // word, which may carry its particle ("가상화랑"); one inside ends the noun phrase ("문제가 해결": a subject and
        // its verb, not a compound).
        var most = Math.Min(4, words.Count - start);
        var inside = new HashSet<string>?[most];
        var last = new HashSet<string>?[most];
        for (var length = most; length >= 2; length--)
        {
            var english = new HashSet<string>[length];
            for (var i = 0; i < length; i++)
            {
                english[i] = i == length - 1 ? last[i] ??= EnglishOf(words[start + i], asLast: true, spelled) : inside[i] ??= EnglishOf(words[start + i], asLast: false, spelled);
                if (english[i].Count == 0)
                {
                    break;
                }
            }

            if (english.Any(e => e is null || e.Count == 0))
            {
                continue;
            }

            var groups = english[0].Where(_byFirstKey.ContainsKey).SelectMany(k => _byFirstKey[k])
                .Where(c => c.Keys.Length == length && c.Keys.Select((k, i) => english[i].Contains(k)).All(x => x))
                .Select(c => c.Group).Distinct()
                // A term whose group has one of the words itself only elaborates it ("중급 레벨", "intermediate level", is
                // 중급): read as one idea, the question lost the weight of its other word.
                .Where(g => !Groups[g].Any(t => t.Length == 1 && words.Skip(start).Take(length).Any(w => w == t[0] || QueryText.StripParticle(w, minStem: 2) == t[0])))
                .Where(g => NamesAnew(g, english, written))
                .ToArray();
            if (groups.Length > 0)
            {
                return (length, groups);
            }
        }

        return null;
    }

    /// <summary>The English words of a Hangul word's own glossary groups and the English word it spells as a loanword
    /// (인터페이스), lower case; none for a word not all Hangul. As the run's last word (<paramref name="asLast"/>) its
    /// particle is stripped unless the glossary has the word as written.</summary>
    private HashSet<string> EnglishOf(string word, bool asLast, Func<string, IEnumerable<string>> spelled)
    {
        if (asLast && word.Length > 0 && !_byFirstKey.ContainsKey(word))
        {
            word = QueryText.StripParticle(word, minStem: 2);
        }

        if (word.Length == 0 || !word.All(QueryText.IsHangul))
        {
            return [];
        }

        var terms = _byFirstKey.GetValueOrDefault(word) ?? [];
        return terms.Where(t => t.Keys is [var k] && k == word).SelectMany(t => Groups[t.Group])
            .Where(t => t.Length == 1 && t[0].All(char.IsAsciiLetterLower)).Select(t => t[0])
            .Concat(spelled(word)).Select(Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether group <paramref name="group"/> holds a one-word name the guides write that is none of the run's
    /// words (<paramref name="english"/>, their English readings) nor another of its terms written together ("문제해결"
    /// is 문제 해결): the acronym (cni, nfv) or name (containerd) that only the term as a whole reaches.</summary>
    private bool NamesAnew(int group, HashSet<string>[] english, Func<string, bool> written)
    {
        var glued = Groups[group].Where(t => t.Length > 1).Select(t => string.Concat(t)).ToHashSet(StringComparer.Ordinal);
        return Groups[group].Any(t => t is [var one] && written(one) && !glued.Contains(one) && !english.Any(e => e.Contains(Key(one))));
    }

    /// <summary>This glossary with more groups (the pairs the guides write), labelled for the log.</summary>
    public Glossary With(IEnumerable<(IReadOnlyList<string> Terms, string Label)> extra)
    {
        var more = extra.ToArray();
        return new Glossary(
            Groups.Select(g => g.Select(t => string.Join(' ', t))).Concat(more.Select(e => e.Terms)),
            Stopwords,
            Labels.Concat(more.Select(e => e.Label)),
            OneWay);
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

            var groups = WordLists(root, "groups", "each group must be a list of words");
            var shortForms = WordLists(root, "shortforms", "each short form must be a list of words, the clipping first");
            // A description is read one way as a short form is: the everyday words learners use for a thing the guides
            // name ("쿠버네티스 패키지 매니저" for Helm) read as the name; the name is not read as its description.
            var descriptions = WordLists(root, "descriptions", "each description must be a list of words, the description first");
            var stopwords = Sequence(root, "stopwords").Select(Scalar);
            return new Glossary(groups.Concat(shortForms).Concat(descriptions), stopwords.ToArray(),
                LabelsOf(groups, "curated").Concat(LabelsOf(shortForms, "short form")).Concat(LabelsOf(descriptions, "description")),
                Enumerable.Range(groups.Length, shortForms.Length + descriptions.Length));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new GuideFormatException($"{FileName} line {e.Start.Line}: {e.Message}");
        }
    }

    /// <summary>The lists of words under <paramref name="key"/>; <paramref name="rule"/> is what the file is told when
    /// one is not a list.</summary>
    private static string[][] WordLists(YamlMappingNode root, string key, string rule) =>
        Sequence(root, key).Select(g => g is YamlSequenceNode s
            ? s.Children.Select(Scalar).ToArray()
            : throw new GuideFormatException($"{FileName}: {rule}")).ToArray();

    /// <summary>Each list's label (<see cref="Labels"/>): its kind and its first three words, joined by "/".</summary>
    private static IEnumerable<string> LabelsOf(string[][] lists, string kind) => lists.Select(g => kind + ": " + string.Join("/", g.Take(3)));

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node is YamlSequenceNode seq ? seq.Children : throw new GuideFormatException($"{FileName}: '{key}' must be a list")
            : [];

    private static string Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } v } ? v : throw new GuideFormatException($"{FileName}: expected a word, found {node.NodeType}");
}
