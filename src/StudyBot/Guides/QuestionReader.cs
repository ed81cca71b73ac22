using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace StudyBot.Guides;

/// <summary>Reads a learner's question into <see cref="Question"/> ideas against the guides' vocabulary: words split
/// at spaces, punctuation and script changes; question scaffolding (뭐야, 어떻게, 알려줘, what, how, which …) removed
/// but kept as an answer-type hint (몇/how many → a number, 언제/how often → a time, 어떤 도구/which tool → names);
/// Korean endings and particles stripped where the stem is a word of the guides ("찾아내는거야" → "찾아내",
/// "클라우드가뭐야" → "클라우드"); words written together split into guide words ("최종프로젝트" → 최종 · 프로젝트);
/// English typos corrected to the guides' words ("promethus" → prometheus); glossary terms (curated and derived from
/// the guides) recognised with their other names; each idea weighed by how rare it is in the guides, and a word the
/// guides never use weighed by what it looks like (a foreign name weighs much).</summary>
public sealed partial class QuestionReader(Glossary glossary, AnswerIndex units, AnswerTuning tuning, CourseMap? course = null)
{
    private readonly CourseMap _course = course ?? CourseMap.Empty;

    // The guides' Latin words and two-word names ("fluent bit", written 플루언트빗) by consonant skeleton, for English
    // words written in Hangul: two consonants or more for a word, four for a name of two words; with the languages of
    // their code fences ("yaml", 야믈), which they write though their text never says them. Each word with whether the
    // skeleton is a reading with a silent r (KoreanWords.LatinReadings), so a question need not read it again.
    private readonly Dictionary<string, List<(string Word, bool SilentR)>> _bySkeleton = units.LatinWordsByLength.Values.SelectMany(w => w).Concat(units.LatinPairs).Concat(units.CodeLanguages)
        .SelectMany(w => KoreanWords.LatinReadings(w.Replace(" ", string.Empty, StringComparison.Ordinal))
            .Select(r => (Key: r.Skeleton, Word: w, r.SilentR))
            .Where(x => x.Key.Length >= (w.Contains(' ', StringComparison.Ordinal) ? 4 : 2)))
        .GroupBy(x => x.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => (x.Word, x.SilentR)).Distinct().ToList(), StringComparer.Ordinal);

    // The guides' two-word names by their letters written together ("api server" as "apiserver"): only where one pair
    // writes those letters.
    private readonly Dictionary<string, string> _pairsWrittenTogether = units.LatinPairs
        .GroupBy(p => p.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparer.Ordinal)
        .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

    // The words of the guides' camel-case identifiers ("ServiceMonitor" → service, monitor; "desiredReplicas" → desired,
    // replicas) by consonant skeleton, beside their other Latin words: a learner names an identifier by its parts, often in
    // Hangul ("서비스 모니터").
    private readonly Dictionary<string, List<string>> _partsBySkeleton = units.Units
        .SelectMany(u => LatinStems.CamelCase(u.Text)).SelectMany(i => i.Split(' ')).Select(w => w.ToLowerInvariant())
        .Concat(units.LatinWordsByLength.Values.SelectMany(w => w))
        .Where(w => w.Length >= 4 && w.All(char.IsAsciiLetterLower)).Distinct(StringComparer.Ordinal)
        .SelectMany(w => KoreanWords.LatinSkeletons(w).Where(k => k.Length >= 2).Select(k => (Key: k, Word: w)))
        .GroupBy(x => x.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Word).Distinct().ToList(), StringComparer.Ordinal);

    // The guides' Hangul words that may spell an English word (three syllables or more, three consonants or more,
    // syllables the loanword orthography writes) by consonant skeleton: "services" meets 서비스, which the guides write
    // far more often than the Latin word.
    private readonly Dictionary<string, List<string>> _hangulBySkeleton = units.HangulWordsByLength.Values.SelectMany(w => w)
        .Where(w => KoreanWords.CouldSpellEnglish(w) && !KoreanWords.IsPredicate(w))
        .Select(w => (Key: KoreanWords.HangulSkeleton(w), Word: w))
        .Where(x => x.Key is { Length: >= 3 })
        .GroupBy(x => x.Key!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Word).ToList(), StringComparer.Ordinal);

    // Per glossary group, the groups whose things are kinds of its thing: English puts the head of a compound last, so
    // "application load balancer" (ALB) is a kind of "load balancer". Only a head of two words or more, and only where
    // the group has no longer term ending in it itself (the group of "pod autoscaler" also has "horizontal pod
    // autoscaler": there the short term is shorthand for one kind, not the kind of all). A one-way group's first term (a
    // clipping or an everyday description, "http load balancer" for ALB) is no name of its thing: only the names after it
    // make it a kind ("http load balancer" read as a kind of load balancer spread every load-balancer question over it).
    private readonly Dictionary<int, int[]> _kinds = KindsOf(glossary);

    private static Dictionary<int, int[]> KindsOf(Glossary glossary)
    {
        var keyed = glossary.Groups.Select((g, i) => g.Skip(glossary.OneWay.Contains(i) ? 1 : 0).Where(t => t.All(w => w.Length > 0 && !QueryText.IsHangul(w[0]))).Select(t => t.Select(Glossary.Key).ToArray()).ToArray()).ToArray();
        var kinds = new Dictionary<int, int[]>();
        for (var g = 0; g < keyed.Length; g++)
        {
            var heads = keyed[g].Where(t => t.Length >= 2 && !keyed[g].Any(longer => longer.Length > t.Length && EndsWith(longer, t))).ToArray();
            var found = heads.Length == 0 ? [] : Enumerable.Range(0, keyed.Length)
                .Where(h => h != g && keyed[h].Any(t => heads.Any(head => t.Length > head.Length && EndsWith(t, head)))).ToArray();
            if (found.Length > 0)
            {
                kinds[g] = found;
            }
        }

        return kinds;

        static bool EndsWith(string[] term, string[] head) => term.AsSpan(term.Length - head.Length).SequenceEqual(head);
    }

    // The English scaffolding and stop words with their inflection bases (the first word's hint for a form) (Forms), and
    // the same words of five letters or more by their slips that keep the first letter — one letter dropped or two
    // neighbours swapped ("wich", "shoud") — each with the word it is a slip of; null where two words with other hints
    // share the slip (Slips, see ScaffoldingSlip). Both come from one reading of the words.
    private readonly (Dictionary<string, AnswerHint> Forms, Dictionary<string, string?> Slips) _scaffolding = ScaffoldingIndexes(glossary);

    // The glossary's one-word terms as written.
    private readonly HashSet<string> _terms = glossary.Groups.SelectMany(g => g).Where(t => t.Length == 1).Select(t => t[0]).ToHashSet(StringComparer.Ordinal);

    // What a mistyped Latin word may have meant, by length: the guides' Latin words and the glossary's one-word Latin
    // terms of six letters or more ("projct" → project, which the guides write 프로젝트; a shorter term is one letter
    // from too many everyday words: "bike" is not "bake").
    // The same words by their deletion keys (DeletionKeys), built once: a slip is found in a few hash lookups. Both
    // indexes come from one reading of the words.
    private readonly (Dictionary<int, string[]> ByLength, Dictionary<string, string[]> BySlip) _latinTypos = LatinTypoIndexes(units, glossary);

    // What a mistyped Hangul word may have meant, by length: the guides' Hangul words and the glossary's one-word Hangul
    // terms of four syllables or more — the guides write many names only in Latin letters ("Istio"), so their Hangul
    // spellings are in the glossary alone ("이스티어" is 이스티오). A shorter term is one letter from too many other words:
    // 러스트 (Rust) is not 레스트, and 긁어올 is the verb stem 긁어오 with an ending's ㄹ, not a slip.
    // Indexed by their one-slip keys (KoreanWords.SlipKeys): a mistyped word meets the words one slip from it in a few
    // hash lookups, not a scan of all the guides' words.
    private readonly Dictionary<string, string[]> _hangulBySlip = BySlipKey(units.HangulWordsByLength.Values.SelectMany(w => w)
        .Concat(glossary.Groups.SelectMany(g => g).Where(t => t is [var w] && w.Length >= 4 && w.All(KoreanWords.IsSyllable)).Select(t => t[0]))
        .Where(w => w.All(KoreanWords.IsSyllable)).Distinct(StringComparer.Ordinal), KoreanWords.SlipKeys);

    // The guides' Hangul words and the glossary's one-word Hangul terms of three syllables or more with ㅐ/ㅔ or ㅒ/ㅖ, by
    // their spelling with the two vowels merged (KoreanWords.MergedVowels): 엔서블 is 앤서블 (Ansible), as written.
    private readonly Dictionary<string, string[]> _hangulByMergedVowels = units.HangulWordsByLength.Values.SelectMany(w => w)
        .Concat(glossary.Groups.SelectMany(g => g).Where(t => t is [var w] && w.Length >= 3).Select(t => t[0]))
        .Where(w => w.Length >= 3 && w.All(KoreanWords.IsSyllable) && w.Any(c => KoreanWords.Medial(c) is 1 or 3 or 5 or 7))
        .Distinct(StringComparer.Ordinal).GroupBy(KoreanWords.MergedVowels, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The guides' Latin words and the glossary's one-word Latin terms of six letters or more, once each (what a
    /// mistyped Latin word may have meant), by length and by their deletion keys.</summary>
    private static (Dictionary<int, string[]> ByLength, Dictionary<string, string[]> BySlip) LatinTypoIndexes(AnswerIndex units, Glossary glossary)
    {
        string[] targets = [.. units.LatinWordsByLength.Values.SelectMany(w => w)
            .Concat(glossary.Groups.SelectMany(g => g).Where(t => t is [var w] && w.Length >= 6 && w.All(char.IsAsciiLetterLower)).Select(t => t[0]))
            .Distinct(StringComparer.Ordinal)];
        return (targets.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToArray()), BySlipKey(targets, DeletionKeys));
    }

    /// <summary>Distinct words by each of their keys (a word once under a key however many ways it makes it), in the
    /// words' order: two words one slip apart share a key, so a lookup is a few hash probes, not a scan.</summary>
    private static Dictionary<string, string[]> BySlipKey(IEnumerable<string> words, Func<string, IEnumerable<string>> keys)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            seen.Clear();
            foreach (var key in keys(word))
            {
                if (!seen.Add(key))
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(word);
            }
        }

        return byKey.ToDictionary(x => x.Key, x => x.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The scaffolding forms (ScaffoldingForms) and their slips (ScaffoldingSlips), the forms built once.</summary>
    private static (Dictionary<string, AnswerHint> Forms, Dictionary<string, string?> Slips) ScaffoldingIndexes(Glossary glossary)
    {
        var forms = ScaffoldingForms(glossary);
        return (forms, ScaffoldingSlips(forms));
    }

    private static Dictionary<string, AnswerHint> ScaffoldingForms(Glossary glossary)
    {
        // A word's own hint first ("lists", the verb, beside "list"), then the forms in the words' ordinal order: a form
        // two words share takes the same hint however the dictionary happens to enumerate them.
        var forms = Scaffolding.Where(p => p.Key.Length > 0 && !QueryText.IsHangul(p.Key[0])).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (word, hint) in Scaffolding.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Concat(glossary.Stopwords.Order(StringComparer.Ordinal).Select(w => (w, AnswerHint.None))))
        {
            if (word.Length > 0 && !QueryText.IsHangul(word[0]))
            {
                foreach (var form in EnglishInflection.Bases(word, EnglishInflection.Plain).Prepend(word))
                {
                    forms.TryAdd(form, hint);
                }
            }
        }

        return forms;
    }

    private static Dictionary<string, string?> ScaffoldingSlips(Dictionary<string, AnswerHint> forms)
    {
        var slips = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (word, hint) in forms.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (word.Length < 5 || !word.All(char.IsAsciiLetterLower))
            {
                continue;
            }

            foreach (var slip in SlipsKeepingFirst(word).Where(k => !forms.ContainsKey(k)))
            {
                // Two words a slip apart from one typed word: taken only when they shape the question alike ("ther":
                // their, there).
                slips[slip] = slips.TryGetValue(slip, out var other) && (other is null || forms[other] != hint) ? null : other ?? word;
            }
        }

        return slips;
    }

    /// <summary>The words one letter dropped from <paramref name="word"/> or two neighbouring letters swapped, its first
    /// letter kept.</summary>
    private static IEnumerable<string> SlipsKeepingFirst(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
            }
        }
    }

    /// <summary>The English scaffolding or stop word (five letters or more) that <paramref name="word"/>, four lower-case
    /// letters or more, is with one letter dropped or two neighbours swapped, its first letter kept ("wich" which, "shoud"
    /// should); null for a word that is English, the guides' or the glossary's, or written as a name
    /// ("Bing"). A name is seldom a question word missing a letter, while a substituted or added letter is how names
    /// differ from words ("jest", "lisp", "wasm"): only the commonest slips of typing are read. Read as a name, the
    /// slip weighed as one and declined the question.</summary>
    private string? ScaffoldingSlip(string word, string text) =>
        word.Length >= 4 && word.All(char.IsAsciiLetterLower) && _scaffolding.Slips.TryGetValue(word, out var meant) && meant is not null
            && !EnglishWords.IsEnglish(word) && !units.IsLatinWord(word) && !glossary.IsTerm(word) && !QueryText.WrittenAsName(text, word)
            ? meant
            : null;

    // The counters of a place in the course after 몇 ("몇주차에 배워?"): the question asks when, not how many.
    private static readonly string[] PlaceCounters = ["주차", "일차", "단계", "개월차", "달차", "째"];

    // Whole words that only shape the question (Korean and English), by the answer type they ask for.
    private static readonly FrozenDictionary<string, AnswerHint> Scaffolding = Words(
        (AnswerHint.None,
            "뭐 머 뭐야 머야 뭐임 머임 뭐지 뭔가요 뭐예요 뭐에요 뭔지 무엇 무엇인가요 무엇인지 어떻게 어케 어떡해 어디 어디서 어디다 어디에 어디에다 어디임 어디야 어디예요 어디에요 왜 왜요 알려줘 " +
            "알려주세요 알려줄래 알려 설명 설명해줘 설명해 해줘 해주세요 좀 그 이 저 그거 이거 저거 것 거 뭘 혹시 근데 그럼 그러면 그리고 아 음 있잖아 있어 있어요 있음 있다 있다고 있게 있어야 한 동안 " +
            "있었음 있었는데 나와 나와요 나옴 나와있어 나오는 나온 나왔어 나와있는 나와있음 돼 됨 돼요 되는지 해요 함 해 했어 하래 하라고 하라는 하라 인가요 인가 임 이야 야 요 정리 정리해줘 궁금 " +
            "궁금해 궁금해요 대해 대해서 관련 관련해서 내용 가이드 싶어 싶어요 주세요 뭐가 배우는 배워 배움 배워요 배우래 다루는 다뤄 다룸 다뤄요 다루나 다루지 말이야 거야 건가 건가요 거임 거지 돼있어 돼있음 되어있어 부분 " +
            "파트 섹션 항목 헷갈리네 쓰는 써 씀 써요 쓰래 쓸 하는 하면 되는 할 할지 될지 할때 될때 둬 둬요 " +
            // The bound noun 때 ("붙일 때", "serialize할 때": when doing so) on its own, as 할때 and 될때 above: it sets the
            // scene of the question, it names nothing the guides teach.
            "때 " +
            // "Like" and "such as" (비번 같은 값, 취약점 검사 같은것), the verb of a tag asking "right?" (배우는거 맞지? — its
            // recall and tag forms, like 했더라 and 있나, are read by IsScaffolding from the verb listed here), and an
            // ordinal on its own (첫번째 과정): they shape the sentence, they name nothing.
            "같은 같은거 같은것 같은건 같은게 같은걸 맞아 맞아요 맞음 맞는지 " +
            // 들어가다/들어있다 ("뭐 들어가요", "뭐 들어있어": what is in it) ask for the contents; the guides never write
            // them, and stripped to 들어 they matched 만들어서.
            "들어가 들어가요 들어감 들어가는 들어있어 들어있는 들어있음 " +
            "첫째 첫번째 둘째 두번째 셋째 세번째 넷째 네번째 다섯번째 " +
            // "Reason" and "cause" as 왜 asks it (안되는 이유, 느려지는 원인), and where to read about a thing (링크, 주소:
            // the guides cite their sources by link), as 어디서 asks it: no topic of their own. (English "link" stays a
            // word: in an English sentence it may be a thing asked about.)
            "이유 원인 링크 주소 " +
            // "What for" as 뭐하는/어디에 쓰는 asks it (무슨 용도로, 쓰임새): the use of the thing named, no topic of its own.
            "용도 쓰임새 " +
            // Adverbs and determiners that shape a sentence in any topic — among them 새 ("new": "새 버전 내보낼 때", "새
            // 라우팅 방식"), which the guides never write as a word: it picks out which one of the next word's thing, as 이런
            // does, and read as an idea it weighed as a word the guides never use and could decline a question on its topic.
            "원래 바로 대신 그냥 걍 진짜 정말 완전 약간 조금 많이 자주 항상 보통 주로 각각 따로 여기 거기 저기 이런 그런 저런 이렇게 그렇게 저렇게 새 " +
            // 갑자기 ("suddenly": "갑자기 궁금해짐") says when the learner wondered, and 거예요 (거에요 as typed, as 뭐에요
            // above) is 거 with its copula: sentence shape in any topic; read as ideas they weighed as words the guides never use.
            "갑자기 거예요 거에요 " +
            // Adverbs that end in 로 as a particle does (스스로 "by oneself", 그대로 "as it is", 저절로 "by itself", 함부로
            // "carelessly"): cut as a noun and 로 they were 스스 and 그대, unknown words weighing 4 ("문구 그대로 알려줘").
            "스스로 그대로 저절로 함부로 " +
            // The closed classes of Korean that say how much, how often and who, in any topic: the quantity adverbs (전부
            // "all", 모두), 서로 ("each other"), 가끔 and 일부러 (how often, on purpose), the pronouns 그것, 이것, 저것
            // (우리 and 저희 point at the word after them: see Question.Topic), the bound noun 듯 ("seems"), and the native
            // numerals before a counter ("두 개", "세 가지") and 하나, "one" standing alone ("나머지 하나", "요청 하나가",
            // "하나 더"). The guides write none of them as a topic; read as ideas they weighed as words the guides never
            // use and left a question's real topic a minority of it. (Negation, 안 and 못, 중에 "among" and a lone 다
            // stay: "rebase랑 merge 중에", "추론이 안 될 때", "거의 다 암컷" ask a choice, a failure or a share the guides
            // never treat.)
            "전부 모두 서로 가끔 일부러 그것 이것 저것 듯 두 세 네 하나 " +
            // More of them: 다시 ("again"), 둘/둘다 ("two", "both" — as 하나), 언급 ("mentioned", as in English), 건 (거 with
            // its topic particle: "올리는 건") and 되어 (돼 written out: "되어 있어"). (우리, 이번 stay: see Question.Topic.)
            "다시 둘 둘다 언급 언급된 언급한 언급됐 언급돼 언급되어 되어 건 " +
            // 계속 ("keep on", as 항상), a numeral with its counter or bound noun (하나씩, 한대, 한번, 한곳 — 곳 above), the chat
            // pronouns 걔 and 지 ("it", "itself"), 쪽 with its particles (쪽 is a filler: "아마존 쪽에서는"), 중 "in the middle
            // of" as a copula ("고생 중인데": 중에 "among" stays) and 하는걸 (하는 거를).
            "계속 하나씩 한대 한개 한번 한곳 한군데 걔 걔가 걔는 지가 쪽에서 쪽으로 중인데 중임 중이야 중이라 중이라서 하는걸 " +
            // 문구 ("wording": "항목 문구가 뭐였지") and 단어 ("word": "두 단어 합친 거") name the text asked about, of any topic.
            "문구 단어 " +
            // The same classes' other members: 여러 ("several", as 여러개 and 여러가지 below) and 더 ("more", "하나 더
            // 있었는데"), the counters a numeral or 몇 takes (개, 대: "두 개", "여러 대", "몇 대"), the
            // bound nouns 식 and 데 ("어떤 식으로" how, "다른 데로" elsewhere), the asker's memory (기억나, as "remember"
            // and "recall" in English) and the verb that gives an example ("예로 들었던": 예로, 들었던). Read as ideas
            // they weighed as words the guides never use and declined questions whose topic ranked first.
            "여러 더 개 대 식 식으로 데 데로 곳 기억 기억나 기억나는 기억나요 예로 들었던 " +
            // How briefly to say it ("한 줄로", "한마디로", "한줄 정의로" — the particle on the word after), "briefly", "one-liner"): the length of the answer asked for, of any topic.
            "줄로 한줄 한줄로 문장으로 한문장 한문장으로 한마디 한마디로 짧게 간단하게 요약하면 briefly tldr liner oneliner " +
            "아까 지금 요즘 제일 맨 너무 잘 꼭 반드시 되게 엄청 막 딱 결국 정확히 정확하게 하나하나 대충 대략 도대체 일단 아예 특히 especially esp particularly 자세히 간단히 아님 아니면 혹은 또는 어쩌구 어쩌고 뭐시기 위에 아래 밑에 안에 안에서 what whats what's how why where do does did i me my we you " +
            "your can could should would tell explain about please show give is are was were the a an of to in on " +
            "for and or with it its this that these those be vs versus there any again guide guides course courses mentioned " +
            "listed lists say says said exactly actually just only also get got thing things stuff part kind kinds way like " +
            "some if than then from into at by as per so not no yes one ones u pls plz through thru via across tho ur cuz bc " +
            // Pronouns, auxiliaries, particles of phrasal verbs, and "define" as in "how does the guide define X".
            "they them their our us he she his her has have had will may might must been being am each every up out off " +
            "over kinda sorta basically gonna wanna gotta hey hi ok okay um uh lol btw " +
            // Chat and prose abbreviations ("HPA VPA KEDA etc 차이", "pls … asap"): read as ideas they looked like names the
            // guides never write and withheld answers as an unknown product does.
            "etc asap fyi imo imho tbh aka iirc afaik " +
            "really literally remember recall think forgot forget anything something idk dunno thanks thx " +
            // The light verb "go" inflected ("how's it going", "where does the config go" → "goes", "what went wrong"):
            // the guides' "Go" is the language, a name, never inflected.
            "going goes gone went " +
            // Contractions typed without their apostrophe ("im", "dont"), read as their words are with it (QueryText).
            "im ive dont doesnt didnt isnt arent wasnt werent cant wont shouldnt couldnt wouldnt hasnt havent hadnt " +
            "youre youve youll theyre theyve weve thats theres hows whys wheres aint"),
        (AnswerHint.Number,
            "몇 얼마 얼마나 얼마야 얼마임 얼마예요 얼마에요 며칠 many much"),
        (AnswerHint.Time,
            "언제 언제야 언제임 언제예요 언제에요 주기 간격 when whens often long"),
        (AnswerHint.Name,
            "뭐라고 뭐라 무슨 어떤 어느 뭘로 뭐로 적혀있어 적혀있음 써있어 써있음 써놨어 써놨음 적어놨어 적어놨음 풀네임 약자 정식 명칭 이름 " +
            // "Written" apart from its 있다 ("적혀 있었나", "쓰여 있던", "적힌 거"): as glued, how the guide words it.
            "적혀 적힌 쓰여 쓰인 " +
            // The name in another language ("영어로 뭐라고", "용어"), as "term" and "wording" in English.
            "영어 영어로 영문 한국어로 한글로 용어 " +
            // 표현 ("뭐라고 표현했더라": how the guide words it), as "wording";
            // 부르다 ("뭐라고 부름": what is it called), as "called" in English; 누구/누가 ask "who", as "who" does.
            "표현 불러 부름 부르는 부르나 불러요 부른다 부르는지 누구 누가 누군지 누구야 누구임 which who whos full terms " +
            Question.CalledWords + " " +
            // 약어 (acronym), as 약자.
            "약어"),
        (AnswerHint.List,
            "뭐뭐 뭐뭐임 뭐뭐야 말고 빼고 빼면 또 외에 다른 세가지 목록 else besides other another list all " +
            // The rest of a list ("나머지 항목도", "나머지는?"): a word the guides never write, an unknown idea weighing 4
            // that asked for the one best line.
            "나머지 " +
            // The choices a list offers ("모드 선택지 뭐 있었나", "다른 선택지도"): the items asked for, a word the guides never write.
            "선택지 " +
            // "List" spelled in Hangul ("필수 요소 리스트", "리스트업"), as 목록: the guides write it only inside 체크리스트, so
            // as a word it was read as the nearest Latin word of those sections ("rest" of REST).
            "리스트 리스트업 " +
            // A count in native numerals ("종류 세개", "여러가지"): the items of a list, not a name spelled 세개.
            "두개 세개 네개 다섯개 여러개 두가지 네가지 다섯가지 여러가지"),
        (AnswerHint.Definition,
            "정의 뜻 의미 개념 define defined defines definition meaning mean means"));

    /// <summary>Scaffolding as listed, or a recall or tag form of a listed verb ("했었던가" as 해, "맞지요" as 맞아):
    /// <see cref="KoreanWords.RecallOrTagForms"/>, or a quoted or "when" form ("쓴다고" as 쓰는, "쓸때" as 쓸: <see
    /// cref="KoreanWords.QuotedOrWhenForms"/>), so the list holds the verb once and every such form shapes alike.</summary>
    private static bool IsScaffolding(string word, out AnswerHint hint)
    {
        if (Scaffolding.TryGetValue(word, out hint))
        {
            return true;
        }

        // A scaffolding noun in the plural ("항목들", "내용들", "것들"): 들 makes no new idea of it.
        if (word.Length >= 3 && word[^1] == '들' && Scaffolding.TryGetValue(word[..^1], out hint))
        {
            return true;
        }

        foreach (var form in KoreanWords.RecallOrTagForms(word).Concat(KoreanWords.QuotedOrWhenForms(word)))
        {
            if (Scaffolding.TryGetValue(form, out hint))
            {
                return true;
            }
        }

        // A scaffolding verb's 아/어 form glued to 있다 ("들어가있나", "나와있었음", "되어있는"): the state it is in, no new idea.
        var be = word.IndexOf('있', StringComparison.Ordinal);
        return be >= 2 && word.Length - be <= 4 && Scaffolding.TryGetValue(word[..be], out hint);
    }

    // The native numerals that go only before a counter ("세 개", "두 가지"): never with a particle, so 세로 ("vertical")
    // and 네로 are no numeral with 로.
    private static readonly FrozenSet<string> CounterNumerals = FrozenSet.ToFrozenSet(["두", "세", "네"], StringComparer.Ordinal);

    private static FrozenDictionary<string, AnswerHint> Words(params (AnswerHint Hint, string Words)[] groups) =>
        groups.SelectMany(g => g.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (Word: w, g.Hint)))
            .ToFrozenDictionary(x => x.Word, x => x.Hint, StringComparer.Ordinal);

    // Korean endings (the copula's "if", 이면/면: "마이크로서비스면"), scaffolding glued to a word, and particles, longest
    // first: stripped from a word's end when what remains is a word of the guides (so a noun ending in a particle-like
    // syllable stays whole, and "배우면" stays a verb).
    private static readonly string[] Endings =
    [
        "이었더라", "였더라", "이었지", "였지", "였나", "이었나", "인거야", "인거임", "인거지", "는거야", "는거임", "는거지", "는건가", "은거야", "한거야",
        "한거임", "하는거", "하는데", "하는지", "해야돼", "해야해", "해야됨", "하려면", "할때는", "할때", "할수", "해서", "해도", "했어", "했지", "했나",
        "하래", "하라고", "으라고", "이라고", "라고", "하는", "하고", "하기", "하지", "해줘", "해요", "뭐야", "뭐임", "뭐지", "머임", "머야", "뭐였지", "뭐더라", "뭐라고", "뭐뭐",
        "인가요", "인가", "인데", "이에요", "예요", "이야", "이랑", "이고", "이며", "이면", "이나", "나요", "까요", "에서는", "으로는", "에서도", "에게서", "이라는",
        "이란", "에서", "으로", "에게", "까지", "부터", "처럼", "보다", "라는", "로는", "에는", "한테", "마다", "별로", "대로", "끼리", "거야", "거임",
        "같은거", "같은것", "같은",
        // The one-syllable particles (랑 among them: no two distinct one-syllable endings end the same word, so the order
        // within them changes nothing).
        "해", "함", "됨", "돼", "임", "음", "거", .. QueryText.OneSyllableParticles, "요",
        // 엔, 에는 contracted as learners type it ("가이드엔", "랩엔"), stripped like 에는.
        "엔",
        "지", "게", "고", "면", "별", "씩", "께", "쪽", "들",
        // 좀 ("a bit", "please") glued to the word it softens: "정의좀", "설명좀", "예시좀".
        "좀",
    ];

    public Question Read(string text)
    {
        // The question as the learner sees it: invisible format characters (a pasted zero-width space) would otherwise
        // stand inside words and markers ("말고\u200B") wherever the question's own text is read, not only its folded words.
        text = Conversation.Text.Visible(text);
        var hint = AnswerHint.None;
        string? unit = null;
        var words = new List<string>();
        var predicates = new HashSet<string>(StringComparer.Ordinal);
        var glued = new HashSet<string>(StringComparer.Ordinal);
        var written = Respaced(OrdinalsJoined(QueryText.Words(text)));
        var all = Unfused(written);
        var korean = text.Any(QueryText.IsHangul);
        var endings = ExamplesGiven(all, out var given);
        if (given)
        {
            hint = AnswerHint.List;
        }

        var phrase = Phrases(all, written, QueryText.Normalize(text));
        var places = Places(all, out var placed);
        foreach (var r in endings)
        {
            placed[r] = true;
        }
        for (var r = 0; r < all.Length; r++)
        {
            if (placed[r])
            {
                continue;
            }

            // An English verb with its particle ("kicked off", "line up the work", "back them up") is one verb, read as
            // its meaning in the guides' words (start, queue, backup); the verb alone meant nothing of it. Not in a
            // question with Hangul: a Korean sentence naming an English word.
            if (!korean && ParticleVerb(all, r, placed) is { } meaning)
            {
                if (meaning.Length > 0)
                {
                    words.Add(meaning);
                }

                continue;
            }

            if (OneName(all, r, placed) is { } name)
            {
                words.Add(name);
                r++;
                continue;
            }

            // "-ㄹ 수 있다" (can): 수 and the 있다/없다 after it say what the learner may do, not what about ("쓸 수 있어",
            // "만들수있는" → 만들).
            var raw = all[r];
            if (KoreanWords.IsAbility(all, r) || KeepsDoing(all, r))
            {
                continue;
            }

            if (KoreanWords.AbilityAt(raw) is > 0 and var at)
            {
                raw = raw[..at];
            }

            // A language's name shapes a question asking a name in it ("HPA 영어 이름", "HPA 영문?", and "영어로" always:
            // "in English"); opening a question that asks no name it is the thing asked about ("영어 공부 방법": studying
            // English, which the guides never teach), an unknown topic rather than no word at all.
            // "english" or "korean" in a question asking a name ("the english term they give", "korean name for it"): the
            // name in that language, as 영어 is; read as a name it weighed 7 and declined the question. Elsewhere it is
            // the thing asked about ("english grammar tips"), a word the guides never use.
            if (raw is "english" or "korean" && AsksName(all, r))
            {
                hint = Combine(hint, AnswerHint.Name);
                continue;
            }

            // "the rest" ("the rest of them", "what are the rest?") asks for the rest of a list, as 나머지 does; the word is
            // the glossary's REST API when written as the name ("REST"), or before a word of its own ("the rest api").
            if (raw == "rest" && RestOfList(text, all, r))
            {
                hint = Combine(hint, AnswerHint.List);
                continue;
            }

            // How briefly to say it in English ("in one line", "in a single sentence", "in a word", "in short", "in a
            // nutshell"), as 한 줄로 and 한마디로 are: the length of the answer asked for, of any topic — not a line of
            // the guides' code or a word they write.
            if (Brevity(all, r))
            {
                continue;
            }

            // 전부/다/모두 ("all") before a verb of telling or last ("전부 알려줘", "다 보여줘", "항목 전부?") ask for the
            // whole list; elsewhere they count what a verb does ("상태 다 저장하는", "전체 다 늘려야돼"), no list asked.
            if (WholeWords.Contains(raw) && (r + 1 == all.Length || TellVerbs.Any(v => all[r + 1].StartsWith(v, StringComparison.Ordinal))))
            {
                hint = Combine(hint, AnswerHint.List);
                continue;
            }

            // An ordinal beside a noun ("the fourth incident", "세번째 시나리오") is the number the guides write by the
            // heading it names (시나리오 4, Session 3); a course counter after it was read above as a place. "second"
            // after a number is the unit of time ("30 second timeout"); before scaffolding ("세번째 뭐였지": the third
            // item of a list) or in "third party" (someone else's) it names no numbered part. "first" and 첫번째 are
            // 1 only before a noun the guides label with 1 ("the first incident scenario", "첫번째 세션": 시나리오 1:,
            // Session 1:); elsewhere "first" is the glossary's 처음/먼저, and a 1 is beside too many lines to point at one.
            if (OrdinalAt(all, r, QueryText.StripParticle(raw, minStem: 2)) is { } ordinal
                && !(r > 0 && (char.IsAsciiDigit(all[r - 1][^1]) || NumberWords.ContainsKey(all[r - 1])))
                && r + 1 < all.Length && all[r + 1] != "party" && !IsScaffolding(all[r + 1], out _)
                && !glossary.Stopwords.Contains(all[r + 1]) && !ShapesAsForm(all[r + 1], out _))
            {
                words.Add(ordinal);
                continue;
            }

            // A noun the guides never write, under 에 before a verb of being inside ("공부 범위에 들어가?", "학습 범위에
            // 있었나?", "커리큘럼에 포함돼?"): the place the learner looks for the thing in — the study's scope, a list
            // the learner has in mind — not a thing asked about; read as an idea it weighed as a word the guides never
            // use and declined the question. A noun the guides write there ("SDN 파트에", "체크포인트에") names their part.
            if (korean && ContainerAt(all, r))
            {
                continue;
            }

            // A question word mistyped ("wich", "shoud"): the word meant, which shapes the question as written right.
            if (ScaffoldingSlip(raw, text) is { } meantWord)
            {
                raw = meantWord;
            }

            var language = r == 0 && !raw.EndsWith('로') && LanguageNames.Contains(QueryText.StripParticle(raw, minStem: 1)) && !AsksName(all, r);
            if (!language && (IsScaffolding(raw, out var h) || (QueryText.StripParticle(raw, minStem: 1) is var bare && !CounterNumerals.Contains(bare) && IsScaffolding(bare, out h)) || ShapesAsForm(raw, out h)
                || KoreanWords.ChatPolite(raw) is { } polite && IsScaffolding(polite, out h)
                || KoreanWords.AdnominalStem(raw) is { } verb && Scaffolding.TryGetValue(verb + "는", out h)))
            {
                // "many" and "much" ask a number only after "how" ("how many pods", "how much ram"); before a noun
                // elsewhere they are quantifiers ("a request thru many services", "why does ci help when many devs …"),
                // which ask no number.
                var quantifier = raw is "many" or "much" && !(r > 0 && all[r - 1] == "how");
                hint = Combine(hint, (raw == "when" && OpensClause(text, all, r)) || AsksPart(all, r, h) || quantifier ? AnswerHint.None : h);
                if (phrase[r])
                {
                    words.Add(raw);
                }

                continue;
            }

            if (phrase[r])
            {
                words.Add(raw);
                continue;
            }

            if (QueryText.IsHangul(raw[0]))
            {
                // 몇개, 몇명, 몇점, 몇기가에 ask for a number; 몇주차, 몇일차, 몇단계 for a place in the course: when. The
                // counter is no idea of its own, glued on or apart ("서버 몇 대", "몇 번").
                // Apart, a measure's counter may carry an ending ("몇 명이야", "몇 시간이면").
                var counter = raw.StartsWith('몇') ? raw[1..]
                    : r > 0 && all[r - 1] == "몇" && ((raw.Length <= 2 && !Known(raw)) || Array.Exists(Measure.Counters, c => raw.StartsWith(c, StringComparison.Ordinal) && IsEnding(raw[c.Length..]))) ? raw : null;
                if (counter is not null)
                {
                    hint = PlaceCounters.Any(c => counter.StartsWith(c, StringComparison.Ordinal)) ? AnswerHint.Time : AnswerHint.Number;
                    unit = hint == AnswerHint.Number ? Measure.CounterOf(counter) : null;
                    continue;
                }

                if (raw.Length <= 4 && raw[0] is '뭐' or '머' && !Known(raw))
                {
                    continue; // 뭐나와, 뭐있음, 뭐해요, 머였더라: "what", however it ends
                }

                // A particle or ending on its own — mostly one glued to a Latin word ("prometheus가", "argocd로",
                // "HPA는", "pod들") — carries no idea.
                // A noun suffix glued to an English word ("bare metal형", "gpu용", "cpu급"): the word's type, use or class,
                // no idea of its own.
                if (raw.Length == 1 && r > 0 && LatinSuffixes.Contains(raw[0]) && !QueryText.IsHangul(all[r - 1][^1])
                    && text.Contains(all[r - 1] + raw, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // 하다 or 되다 glued to an English word ("different한지", "deploy할때", "config된거"): the English word used as a
                // verb or adjective, the Korean its grammar — no idea of its own. Read as one, the leftover ("한지")
                // weighed as a word the guides never use and declined questions about them. A form the verb reading
                // already takes ("했는데") stays a predicate.
                if (r > 0 && !QueryText.IsHangul(all[r - 1][^1]) && text.Contains(all[r - 1] + raw, StringComparison.OrdinalIgnoreCase)
                    && KoreanWords.IsLightVerbForm(raw) && !KoreanWords.IsPredicate(raw))
                {
                    continue;
                }

                if (IsEnding(raw) || IsFiller(raw) || (raw.Length is 2 or 3 && IsFiller(QueryText.StripParticle(raw, minStem: 1)))
                    || IsContractedParticle(raw))
                {
                    continue; // also "쪽은", "것도", "쪽에서", "쪽에선": a filler noun with its particle
                }

                // A native numeral ("다섯 주", "여섯 달"): its digits, as "five" is read; as a word the guides never write it
                // weighed 4 and, opening the question, was taken as its topic.
                if (KoreanNumberWords.TryGetValue(raw, out var number))
                {
                    words.Add(number);
                    continue;
                }

                // 주 (week) is a bound noun: it counts after a number or a determiner ("3 주가", "이번 주는"), never opening a
                // phrase on its own, so "주가" there is another word (stock price), not the week with its particle.
                if (raw.Length == 2 && QueryText.StripParticle(raw, minStem: 1) is WeekCounter && !Determined(all, r))
                {
                    words.Add(raw);
                    continue;
                }

                if (PointOf(raw) is { } point)
                {
                    words.Add(point);
                    words.Add("점");
                    continue;
                }

                var pieces = Segment(raw).ToArray();
                var first = true;
                var previous = "";
                foreach (var piece in pieces)
                {
                    if (!language && IsScaffolding(piece, out var ph))
                    {
                        hint = Combine(hint, ph);
                    }
                    else if (IsContractedParticle(piece))
                    {
                        continue; // the particle left of a term read off the word's start ("테라폼에선", "인프라쪽에선")
                    }
                    else
                    {
                        words.Add(piece);
                        // Two words that merely lost their space — a particle between them, dropped ("테라폼에서환경")
                        // — are two words; only a compound's pieces, side by side in it, are one word ("가상환경").
                        if (!first && raw.Contains(previous + piece, StringComparison.Ordinal))
                        {
                            glued.Add(piece);
                        }

                        previous = piece;

                        first = false;
                    }
                }

                // A verb or adjective form ("찾아내는거야", "올라가는거") whose stem the guides do not have: the pieces
                // left of it say how the question is asked, not what it is about. So is a verb's adnominal form written
                // apart from the bound noun after it ("따온 거임", "따온 거에요"), read as it is written together ("따온거임").
                if ((KoreanWords.IsPredicate(raw) || (r + 1 < all.Length && KoreanWords.IsAdnominalApart(raw, all[r + 1])))
                    && !pieces.Any(p => Known(p) || (p.Length >= 4 && CorrectHangul(p) is not null)))
                {
                    predicates.UnionWith(pieces);
                }
            }
            else if (raw == "go" && GoAsVerb(text, all, r))
            {
                continue; // the everyday verb ("supposed to go", "go through", "I go"): no idea of its own
            }
            else if (NumberWords.ContainsKey(raw) && r + 1 < all.Length && FurtherWords.Contains(all[r + 1]))
            {
                continue; // a count of the further things asked for ("what two other things"): no label the guides number
            }
            else if (!glossary.Stopwords.Contains(raw) && (raw.Length > 1 || char.IsDigit(raw[0])))
            {
                // A single letter ("E랑 L이랑 K") names nothing on its own.
                words.Add(NumberWords.TryGetValue(raw, out var digits) ? digits : SplitNumber(VirtualOf(raw)));
            }
        }

        var concepts = new List<QuestionConcept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count;)
        {
            // A Hangul word that only starts with a glossary term is read as that term ("쿠버네티스환경"), unless the whole
            // word spells an English word of the guides ("쿠베빌더" is kubebuilder, not 쿠베).
            // Hangul words that translate an English term word for word ("컨테이너 네트워크 인터페이스") are that term,
            // unless a term of two words or more of the glossary matches there as written.
            var term = glossary.MatchAll(words, i);
            if (term is not { Length: >= 2 } && glossary.Translated(words, i, Readings, WrittenName) is { } translated)
            {
                term = translated;
            }

            if (term is { } match && !SpellsPastTerm(words[i]))
            {
                var own = string.Join(' ', words.Skip(i).Take(match.Length));
                var kinds = match.Groups.SelectMany(g => _kinds.GetValueOrDefault(g, [])).Except(match.Groups).ToArray();
                var alternatives = match.Groups.Concat(kinds).SelectMany(g => glossary.Groups[g]).Select(t => string.Join(' ', t)).Where(t => t != own).Distinct().Prepend(own).ToArray();
                // One idea asked twice in other words of the same language ("disk … volume type", "logs … log stacks",
                // "hands-on labs") is one idea: counted twice, it outweighed the question's other ideas. Said again in the
                // other language ("인증서 … cert") it is the term the learner makes sure of, and counts as written.
                if (seen.Add(own) && NewIdea(seen, match.Groups, own))
                {
                    var concept = Concept(text, own, alternatives, match.Groups.Select(g => glossary.Labels[g]).Concat(kinds.Select(k => "a kind: " + glossary.Labels[k])).ToArray());
                    concepts.Add(concept with { Glued = match.Length == 1 && glued.Contains(own) });
                }

                i += match.Length;
                continue;
            }

            // An acronym typed in capitals is meant as written: "CORS" is not the guides' "CQRS".
            var word = words[i];
            if (!QueryText.IsHangul(word[0]) && !QueryText.WrittenInCapitals(text, word) && Correct(word, QueryText.WrittenAsName(text, word)) is { } corrected && corrected != word)
            {
                word = corrected;
                if (glossary.MatchAll([word], 0) is { Length: 1 } fixedMatch)
                {
                    var alternatives = fixedMatch.Groups.SelectMany(g => glossary.Groups[g]).Select(t => string.Join(' ', t)).Where(t => t != word).Distinct().Prepend(word).ToArray();
                    if (seen.Add(word) && NewIdea(seen, fixedMatch.Groups, word))
                    {
                        concepts.Add(Concept(text, word, alternatives, fixedMatch.Groups.Select(g => glossary.Labels[g]).ToArray()));
                    }

                    i++;
                    continue;
                }
            }

            if (seen.Add(word) && !glossary.Stopwords.Contains(word))
            {
                concepts.Add(Concept(text, word, [word], [], predicates.Contains(word)) with { Glued = glued.Contains(word) });
            }

            i++;
        }

        // The course places it names come last: the question's first idea stays its topic.
        concepts.AddRange(places.Where(p => seen.Add(p.Text)));

        // "what is X", "what's X", "what are X" with nothing else asked: a definition; "what's the X for / that / where …"
        // asks for the thing a clause describes: a name ("whats the tool for backups" is not "what is a tool").
        var normal = QueryText.Normalize(text);
        // A count before the plural noun asked ("what are the 3 kinds of autoscaling", "what are the 2 things that …",
        // "what other two things"): the items of a list of that many, not what the thing is. A question already asking
        // a name keeps it ("which two building blocks", "what two words is the name made of": the guides write such a
        // pair on one line, which a list does not find).
        if (hint == AnswerHint.None && CountedItems().IsMatch(normal))
        {
            hint = AnswerHint.List;
        }

        if (hint == AnswerHint.None && WhatIs().IsMatch(normal))
        {
            // "whats the team size", "what is the number of nodes": a measure asks for a number, not what the thing is.
            hint = WhatIsTheOneThat().IsMatch(normal) ? AnswerHint.Name : MeasureWord().IsMatch(normal) ? AnswerHint.Number : AnswerHint.Definition;
        }

        // "what tool backs up …", "what book do they recommend": "what" before a noun asks which one, as "which" does; a
        // verb is followed by its object or a clause ("what syncs the cluster", "what happens when …").
        if (hint == AnswerHint.None && WhatNoun().Match(normal) is { Success: true } whatNoun
            && !Scaffolding.ContainsKey(whatNoun.Groups[1].Value) && !glossary.Stopwords.Contains(whatNoun.Groups[1].Value)
            && !ShapesAsForm(whatNoun.Groups[1].Value, out _))
        {
            hint = AnswerHint.Name;
        }

        // "뭐 쓰래?", "뭘 써?": what is used asks which one, as "뭐로 해?" (with what) and "what tool" do.
        if (hint == AnswerHint.None && WhatIsUsed().IsMatch(normal))
        {
            hint = AnswerHint.Name;
        }

        // "nova 스케줄러 종류 어떤거 나와있어?", "what kinds of schedulers": the kinds of a thing are the items of a list the
        // guides write under it ("스케줄러 (Filter Scheduler, Chance Scheduler 등)"), as "종류 뭐뭐" asks already.
        if (hint is AnswerHint.None or AnswerHint.Name && KindsOf().IsMatch(normal))
        {
            hint = AnswerHint.List;
        }

        // "X가 하는 일", "X는 뭐하는 애야", "what does a hypervisor do": what a thing does is what it is.
        // ("무슨 일을 해" — 무슨 asks a name elsewhere — is one of these forms too.)
        if ((hint == AnswerHint.None || (hint == AnswerHint.Name && WhatWork().IsMatch(normal))) && WhatItDoes().IsMatch(normal))
        {
            hint = AnswerHint.Definition;
        }

        // "그라파나 이름 뜻", "what does the name grafana mean": the meaning of a name is where the name comes from, which
        // the guides write as a fact about the thing ("Grafana: '그래프'와 '아나'의 합성어"), not a definition of it.
        if (hint == AnswerHint.Definition && Origins.NameMeaningAsked(text))
        {
            hint = AnswerHint.Name;
        }

        // "how many points": the noun after "many" is the measure asked (an idea still, as the learner's word).
        for (var r = 1; unit is null && hint == AnswerHint.Number && r + 1 < all.Length; r++)
        {
            if (all[r] == "many" && all[r - 1] == "how")
            {
                unit = Measure.OfEnglishNoun(all[r + 1]);
            }
        }

        return new Question(text, concepts.Select(Apart).ToArray(), hint) { Unit = unit };
    }

    /// <summary>The concept with the glossary's longer words its Hangul forms start but the glossary keeps apart (see
    /// <see cref="QuestionConcept.Apart"/>): "일정" read as 스케줄 does not find 스케줄링 (the scheduler's scheduling).</summary>
    private QuestionConcept Apart(QuestionConcept concept)
    {
        if (concept.Origin != WordOrigin.Guide || concept.Sections.Count > 0)
        {
            return concept;
        }

        var apart = concept.Alternatives.SelectMany(glossary.LongerApart).Except(concept.Alternatives, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToArray();
        return apart.Length == 0 ? concept : concept with { Apart = apart };
    }

    /// <summary>Whether a glossary term is an idea not yet read in its script: an earlier term of the same script with the
    /// same glossary groups is the same idea. Records it in <paramref name="seen"/> (as a key no word has: with a tab).
    /// A term sharing only some of its groups is another idea ("CI … continuous integration", "로그 … 로깅" — 로그 is also
    /// the guides' "Logs (로그)") and counts as written: counting it once lost the answer.</summary>
    private static bool NewIdea(HashSet<string> seen, IEnumerable<int> groups, string term) =>
        seen.Add($"\tgroups:{string.Join(',', groups.Order())}:{(QueryText.IsHangul(term[0]) ? "hangul" : "latin")}");

    /// <summary>An adjective asked of a thing ("뭐가 좋은데", "뭐가 좋은지", "뭐가 나은데") asks for the points it has: the
    /// adnominal form at the start of a word the guides do not have, when the glossary has it before 점 ("좋은 점" with 이점,
    /// 장점), else null.</summary>
    private string? PointOf(string word)
    {
        if (Known(word))
        {
            return null;
        }

        for (var end = 2; end < word.Length; end++)
        {
            var adnominal = word[..end];
            if (KoreanWords.AdnominalStem(adnominal) is not null && glossary.MatchAll([adnominal, "점"], 0) is { Length: 2 })
            {
                return adnominal;
            }
        }

        return null;
    }

    /// <summary>The places in the course the question names ("1주차", "day 5", "2단계", "first couple of months") that
    /// the roadmap puts in sections: one idea each, found in those sections' headings (see
    /// <see cref="QuestionConcept.Sections"/>), weighing as a word only those headings have. Their words are not read
    /// again (<paramref name="placed"/>); a place the course does not have ("day 9") leaves its words as they are.</summary>
    private List<QuestionConcept> Places(string[] words, out bool[] placed)
    {
        placed = new bool[words.Length];
        var result = new List<QuestionConcept>();
        foreach (var found in CourseReferences.Find(words))
        {
            // A place named by its topic ("the eks week"): the one week or stage whose heading has that word.
            var reference = found;
            var names = found.Name is { } name ? NamesOf(name) : null;
            if (names is not null)
            {
                if (_course.Named(found.Unit, s => HeadingHas(s, names)) is not { } number)
                {
                    continue;
                }

                reference = found with { From = number, To = number };
            }

            var sections = _course.Sections(reference.Unit, reference.From, reference.To, reference.Shift);
            if (names is not null && reference.Shift == 0)
            {
                // The place itself: the sections whose heading names it ("네트워킹 모듈" is the 5-week course's week 3,
                // not the other guide's Week 3 plan).
                sections = sections.Where(s => HeadingHas(s, names)).ToArray();
            }
            if (sections.Count == 0)
            {
                continue;
            }

            // A place named by its topic keeps that word as an idea too: "eks 주차" asks of EKS in the EKS week, and the
            // week's own lines that write it are where the answer is. Pointing past it ("after the eks week"), it is read.
            var keeps = found.Name is not null && reference.Shift == 0 ? 1 : 0;
            Array.Fill(placed, true, reference.Start + keeps, reference.Length - keeps);
            var text = string.Join(' ', words.Skip(reference.Start).Take(reference.Length));
            // A range ("day 3-4") is also where a line writes that range itself ("Day 3-4: 구현 및 테스트").
            var lines = reference.To > reference.From && reference.Shift == 0 ? units.WritingPlace(reference.Unit, reference.From, reference.To) : [];
            var label = $"course: {reference.Unit.ToString().ToLowerInvariant()} {(reference.From == CourseMap.Last ? "last" : reference.From == reference.To ? $"{reference.From}" : $"{reference.From}-{reference.To}")}{(reference.Shift > 0 ? " +1" : reference.Shift < 0 ? " -1" : "")} → {string.Join(", ", sections.Select(s => units.Sections[s].Key))}{(lines.Count > 0 ? $" + lines in {string.Join(", ", lines.Select(u => units.Sections[units.Units[u].Section].Key).Distinct())}" : "")}";
            result.Add(new QuestionConcept(text, [text], WordOrigin.Guide, units.Idf(sections.Count), [label]) { Sections = sections, Lines = lines });
        }

        NumberedParts(words, placed, result);
        return result;
    }

    /// <summary>The numbered parts the question names by a label the guides' headings write before a number ("Session 3",
    /// "Lab 5", "Part 3", "session3", "세션 3에서" through the glossary): one place phrase, found in the headings that
    /// write that label with that number and in their sub-sections — the number is not a bare "3" that "관측성 3요소" or
    /// "3 replicas" has. Words a course place took already are left to it; a label and number no heading writes are read
    /// as words.</summary>
    private void NumberedParts(string[] words, bool[] placed, List<QuestionConcept> result)
    {
        if (_numberedHeadings.Count == 0)
        {
            return;
        }

        for (var r = 0; r < words.Length; r++)
        {
            if (placed[r])
            {
                continue;
            }

            var glued = SplitLabelNumber(words[r]);
            var length = glued is null ? 2 : 1;
            var (labelWord, number) = glued is { } g ? (g.Label, g.Number)
                : r + 1 < words.Length && !placed[r + 1] && PartNumber(words[r + 1]) is { } n ? (words[r], n) : (null, null);
            if (labelWord is null || number is null || NumberedSections(labelWord, number) is not { } sections)
            {
                continue;
            }

            // The label stays a word of the question too, as a place named by its topic keeps its word: "lab" is still
            // asked of, and its lines have it; only the number is read as the place (a glued "session3" is all place).
            placed[r + length - 1] = true;

            var text = string.Join(' ', words.Skip(r).Take(length));
            var label = $"part: {text} → {string.Join(", ", sections.Select(s => units.Sections[s].Key))}";
            result.Add(new QuestionConcept(text, [text], WordOrigin.Guide, units.Idf(sections.Length), [label]) { Sections = sections, NumberedPart = true });
            r += length - 1;
        }
    }

    /// <summary>The sections whose heading writes one of the labels the question word is (<see cref="LabelsOf"/>, the
    /// first that any heading numbers so) with that number; else null.</summary>
    private int[]? NumberedSections(string labelWord, string number)
    {
        foreach (var label in LabelsOf(labelWord))
        {
            if (_numberedHeadings[label].TryGetValue(number, out var sections))
            {
                return sections;
            }
        }

        return null;
    }

    /// <summary>A word's number when it is digits, a particle after them aside ("3", "3에서"); else null.</summary>
    private static string? PartNumber(string word)
    {
        // The particle comes after the digits, so a word that does not open with one is no number (no stripping asked).
        if (word.Length == 0 || !char.IsAsciiDigit(word[0]))
        {
            return null;
        }

        var stem = QueryText.StripParticle(word, minStem: 1);
        return stem.Length is > 0 and <= 3 && stem.All(char.IsAsciiDigit) ? stem : null;
    }

    /// <summary>"session3" → (session, 3): a Latin label glued to its number; else null.</summary>
    private static (string Label, string Number)? SplitLabelNumber(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[^(digits + 1)]))
        {
            digits++;
        }

        return digits is > 0 and <= 3 && digits < word.Length && word[..^digits].All(char.IsAsciiLetter) ? (word[..^digits], word[^digits..]) : null;
    }

    /// <summary>The heading labels a question word is: itself, its particle aside, or a one-word glossary synonym.</summary>
    private IEnumerable<string> LabelsOf(string word)
    {
        var noun = QueryText.StripParticle(word, minStem: 2);
        if (_numberedHeadings.ContainsKey(noun))
        {
            yield return noun;
        }

        if (glossary.Match([noun], 0) is { Length: 1 } match)
        {
            foreach (var term in glossary.Groups[match.Group])
            {
                if (term is [var one] && one != noun && _numberedHeadings.ContainsKey(one))
                {
                    yield return one;
                }
            }
        }
    }

    // The guides' headings' labels followed by a number ("Session 3: 고급 기능 & 미래", "Lab 5: …", "Week 3 … - Part 3"),
    // lower case, then each number written after that label, to the sections whose heading writes the two: the labels
    // are its keys, read in the same one pass over the headings.
    private readonly Dictionary<string, Dictionary<string, int[]>> _numberedHeadings = units.Sections
        .SelectMany((section, s) => HeadingNumber().Matches(section.Heading).Select(m => (Label: m.Groups[1].Value.ToLowerInvariant(), Number: m.Groups[2].Value, Section: s)))
        .GroupBy(x => x.Label, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Number, StringComparer.Ordinal).ToDictionary(n => n.Key, n => n.Select(x => x.Section).Distinct().ToArray(), StringComparer.Ordinal), StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\w-])([A-Za-z]+|[가-힣]+) (\d{1,3})(?![\w.])")]
    private static partial Regex HeadingNumber();

    /// <summary>A place's topic word and its glossary synonyms written as one word ("eks" for "amazon eks").</summary>
    private HashSet<string> NamesOf(string name)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { name };
        if (glossary.Match([name], 0) is { Length: 1 } match)
        {
            names.UnionWith(glossary.Groups[match.Group].Where(t => t.Length == 1).Select(t => t[0]));
        }

        return names;
    }

    /// <summary>Whether section <paramref name="section"/>'s heading has one of <paramref name="names"/> (<see cref="NamesOf"/>)
    /// as a word, its particle aside ("gitops" in "GitOps를 이용한 …").</summary>
    private bool HeadingHas(int section, HashSet<string> names) =>
        QueryText.Words(units.Sections[section].Heading).Any(w => names.Contains(w) || names.Contains(QueryText.StripParticle(w)));

    [GeneratedRegex(@"\bwhat\s+([a-z][\w-]*)\s+(?!(the|a|an|this|that|these|those|my|your|ur|our|their|its|his|her|it|me|us|them|you|u|when|if|to)\b)\w")]
    private static partial Regex WhatNoun();

    // 종류 and 유형 with a particle or none; English plurals only: "what volume type" asks which one.
    [GeneratedRegex(@"(?:^|\s)(?:종류|유형)|\b(?:kinds|types|sorts)\s+of\b")]
    private static partial Regex KindsOf();

    // "what/which" then, past the copula and an article, a count (digits or a number word) and a noun in the plural, with
    // up to two words before it ("the 3 kinds of", "the 2 things that", "what other two things"). In Korean, a count in
    // native numerals with its counter apart, right before 뭐 ("두 개 뭐였지", "세 가지가 뭐야"), as glued (두개, 세가지) it
    // is scaffolding; not any count ("서비스 여러 개 거쳐", "세 가지를 합친 거": one line, not a list).
    [GeneratedRegex(@"\b(?:what|which)\s+(?:(?:are|were|r|is)\s+)?(?:(?:the|those|these|other|main|key|core)\s+)*(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*[a-rt-z]s\b|(?:^|\s)(?:두|세|네|다섯)\s+(?:개|가지)(?:가|는)?\s+(?:뭐|뭘|머)")]
    private static partial Regex CountedItems();

    [GeneratedRegex(@"(?:^|\s)(?:뭐|뭘|머)\s+(?:쓰|써|씀|쓸)")]
    private static partial Regex WhatIsUsed();

    [GeneratedRegex(@"\b(size|sizes|count|number|amount|headcount)\b")]
    private static partial Regex MeasureWord();

    [GeneratedRegex(@"^\W*(what\s+(is|are)|what['’]?s)\s")]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"(하는\s*일|뭐\s*하는\s*(애|거|건|놈|녀석)|뭘\s*해\s*주는|" + WhatWorkPattern + @"|^\W*what\s+(does|do)\s+(a|an|the)?\s*(?!you|we|i|u|they|people|ppl)[\w-]+(\s+[\w-]+)?\s+(do|does)\b)")]
    private static partial Regex WhatItDoes();

    [GeneratedRegex(WhatWorkPattern)]
    private static partial Regex WhatWork();

    /// <summary>"무슨 일을 해": what a thing does, one of <see cref="WhatItDoes"/>'s forms; alone, since 무슨 asks a name.</summary>
    private const string WhatWorkPattern = @"무슨\s*일을?\s*(해|하)";

    [GeneratedRegex(@"^\W*(what\s+(is|are)|what['’]?s)\s+(the|a|an)\s+[\w-]+\s+(for|that|which|where|when|to|used|you|we|i|u|people|ppl)\s")]
    private static partial Regex WhatIsTheOneThat();

    /// <summary>True when the "when" at <c>words[at]</c> opens a clause of its own ("scale the whole app when one part is
    /// slow", "when u write a controller, what …", "whats it called when the controller …"): a conjunction, not the
    /// question word. "when" asks when as a question asks: followed by an auxiliary, a preposition or an adverb
    /// ("when do we learn helm", "when in the plan do we …", "when exactly …"), by nothing ("helm, when?") or by its
    /// contracted "is" ("when's the deadline", which the words no longer show).</summary>
    private static bool OpensClause(string text, string[] words, int at) =>
        at + 1 < words.Length && !AfterWhenAsked.Contains(words[at + 1]) && !WhenIs().IsMatch(text);

    [GeneratedRegex(@"\bwhen['’]s\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenIs();

    // The words a "when" of a question is followed by: auxiliaries and modals (chat spellings too), prepositions, adverbs.
    private static readonly FrozenSet<string> AfterWhenAsked = FrozenSet.ToFrozenSet(
        ["do", "does", "did", "is", "are", "was", "were", "am", "r", "will", "would", "can", "could", "should", "shall", "must",
            "may", "might", "have", "has", "had", "dont", "doesnt", "didnt", "isnt", "arent", "wont", "cant", "shouldnt",
            "in", "during", "at", "on", "within", "after", "before", "by", "exactly", "roughly", "usually", "approximately",
            "again", "then", "and", "or"],
        StringComparer.Ordinal);

    /// <summary>An English inflection of a scaffolding word or stopword ("gets", "explained", "names", "uses", "mentions"
    /// like get, explain, name, use, mentioned) shapes the question as the word does, unless the glossary has the form
    /// itself as a term. Inflections, not stems: "actual" is not a form of "actually", nor "basic" of "basically".</summary>
    private bool ShapesAsForm(string word, out AnswerHint hint)
    {
        hint = AnswerHint.None;
        if (QueryText.IsHangul(word[0]) || _terms.Contains(word))
        {
            return false;
        }

        foreach (var form in EnglishInflection.Bases(word, EnglishInflection.Plain).Prepend(word))
        {
            if (_scaffolding.Forms.TryGetValue(form, out hint))
            {
                return true;
            }
        }

        return false;
    }

    // The most one-syllable words read as one typed-apart word (오토스케일링 is six).
    private const int MaxRespacedSyllables = 8;

    /// <summary>Syllables typed apart ("헬 름 차트", "분산 추 적 도구", "장 애 복 구 시간"): a run of one-syllable Hangul
    /// words, one of them a syllable the guides never write alone and none scaffolding (몇, 뭐, 좀), is joined — the
    /// longest join from its start that reads as guide words (<see cref="Segment"/>: a guide word, guide words written
    /// together, a typo or an English name in Hangul), the rest of the run tried again after it. A syllable the guides do
    /// write alone (팀, 키) is kept apart when no unknown one is beside it, and a run that reads as nothing stays as typed.</summary>
    private string[] Respaced(string[] words)
    {
        if (!words.Any(w => w.Length == 1 && QueryText.IsHangul(w[0])))
        {
            return words;
        }

        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length;)
        {
            var end = i;
            while (end < words.Length && IsLoneSyllable(words[end]))
            {
                end++;
            }

            // A word typed apart is a few syllables long; bounding the join keeps reading linear in a long run.
            var joined = 0;
            for (var last = Math.Min(end, i + MaxRespacedSyllables) - 1; last > i && joined == 0; last--)
            {
                var run = words[i..(last + 1)];
                var word = string.Concat(run);
                if (run.Any(w => Rarity(w) <= 0) && ReadsAsGuideWords(word))
                {
                    result.Add(word);
                    joined = run.Length;
                }
            }

            if (joined == 0)
            {
                result.Add(words[i]);
                joined = 1;
            }

            i += joined;
        }

        return result.Count == words.Length ? words : [.. result];

        bool IsLoneSyllable(string w) => w.Length == 1 && QueryText.IsHangul(w[0]) && !IsScaffolding(w, out _);
    }

    /// <summary>Whether every piece a Hangul word is read as is a guide word, a typo or spelling of one, or scaffolding,
    /// and one piece is more than scaffolding.</summary>
    private bool ReadsAsGuideWords(string word)
    {
        var pieces = Segment(word).ToArray();
        return pieces.All(p => Known(p) || Readable(p) || IsScaffolding(p, out _) || IsEnding(p))
            && pieces.Any(p => Known(p) || Readable(p));
    }

    /// <summary>"into" and "onto" fuse a phrasal verb's particle with "to" ("log into the VM" is "log in to the VM"): read
    /// as the particle where the word before it and the particle make a glossary term, so "log into" means what "log in"
    /// does (로그인) instead of leaving "log" (로그) on its own.</summary>
    private string[] Unfused(string[] words)
    {
        string[]? unfused = null;
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] is "into" or "onto" && glossary.MatchAll([words[i - 1], words[i][..^2]], 0) is { Length: 2 })
            {
                unfused ??= (string[])words.Clone();
                unfused[i] = words[i][..^2];
            }
        }

        return unfused ?? words;
    }

    /// <summary>Whether the word at <paramref name="r"/> ends an English phrase saying how briefly to answer: "in short",
    /// "in brief", or "in" with "one", "a" or "1" (and "single") before "line", "sentence", "word" or "nutshell" — and
    /// not "of" after it ("in one line of the manifest" is a line of the guides).</summary>
    private static bool Brevity(string[] all, int r)
    {
        // "single" is read as part of the phrase it opens ("in a single line").
        var end = all[r] == "single" && r + 1 < all.Length ? r + 1 : r;
        if (end + 1 < all.Length && all[end + 1] == "of")
        {
            return false;
        }

        if (end == r && all[r] is "short" or "brief")
        {
            return r >= 1 && all[r - 1] == "in";
        }

        if (all[end] is not ("line" or "sentence" or "word" or "nutshell"))
        {
            return false;
        }

        var i = end - 1;
        if (i >= 0 && all[i] == "single")
        {
            i--;
        }

        return i >= 1 && all[i] is "one" or "a" or "1" && all[i - 1] == "in";
    }

    /// <summary>"keep" before an -ing form is the aspect "go on doing" ("prices keep falling", "the pod keeps
    /// restarting"), not keeping something (보관): it shapes the verb after it and names nothing.</summary>
    private bool KeepsDoing(string[] all, int r) =>
        all[r] is "keep" or "keeps" or "kept" or "keeping" && r + 1 < all.Length
        && (all[r + 1] is "going" or "doing" || EnglishInflection.Bases(all[r + 1], ["ing"]).Any(EnglishWords.IsEverydayAsWritten))
        && glossary.MatchAll(all, r) is not { Length: >= 2 };

    /// <summary>Words that belong to a glossary phrase with a scaffolding word in it ("number of", "at least",
    /// "come from"): kept together, so the phrase is read as its glossary group instead of losing
    /// its scaffolding word and meaning nothing.</summary>
    /// <param name="raw">The question's words as read (<see cref="Unfused"/>); a 하다 verb that opens a phrase is
    /// rewritten to its noun.</param>
    /// <param name="written">The words as typed, before <see cref="Unfused"/>: "into" is a particle, never a preposition's "in".</param>
    private bool[] Phrases(string[] raw, string[] written, string normal)
    {
        var keep = new bool[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            // A phrase of scaffolding alone ("how to use", "how it works") still only shapes the question — unless the
            // learner hyphenated it: "must-know", "must-have", "know-how" are written as one word, a noun or adjective
            // (필수, 노하우), where "what must I know" and "you must have" stay the sentence's auxiliaries.
            // The phrase's first noun may be written as its 하다 verb before the noun it describes ("점검하는 목록": the
            // list one checks with, 점검 목록): that word is read as the noun (점검), so the phrase is read whole.
            var asWritten = glossary.MatchAll(raw, i);
            var verb = asWritten is null ? NounOfVerb(raw, i) : null;
            if ((verb is null ? asWritten : glossary.MatchAll([verb, .. raw.Skip(i + 1)], 0)) is { Length: >= 2 } match
                && raw.Skip(i).Take(match.Length).Count(Shapes) is var shaping && shaping > 0
                && (shaping < match.Length || Hyphenated(raw.Skip(i).Take(match.Length)))
                && !PrepositionNotParticle(written, i + match.Length))
            {
                raw[i] = verb ?? raw[i];
                Array.Fill(keep, true, i, match.Length);
                i += match.Length - 1;
            }
        }

        return keep;

        // The noun of a 하다 verb's adnominal form with a word after it ("점검하는 목록" → 점검).
        string? NounOfVerb(string[] words, int at) =>
            at + 1 < words.Length && KoreanWords.AdnominalStem(words[at]) is not null && KoreanWords.VerbNoun(words[at]) is { Length: >= 2 } noun ? noun : null;

        // A scaffolding word with its particle ("점검 목록에") shapes as the question's loop reads it: the particle stripped.
        bool Shapes(string word) => IsScaffolding(word, out _) || glossary.Stopwords.Contains(word)
            || (QueryText.StripParticle(word, minStem: 1) is var bare && bare != word && !CounterNumerals.Contains(bare) && IsScaffolding(bare, out _));

        // The words joined by hyphens, standing alone in the question (no letter or digit either side).
        bool Hyphenated(IEnumerable<string> words)
        {
            var compound = string.Join('-', words);
            for (var at = normal.IndexOf(compound, StringComparison.Ordinal); at >= 0; at = normal.IndexOf(compound, at + 1, StringComparison.Ordinal))
            {
                var end = at + compound.Length;
                if ((at == 0 || !char.IsLetterOrDigit(normal[at - 1])) && (end == normal.Length || !char.IsLetterOrDigit(normal[end])))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A phrase ending in "in" or "on" — an intransitive verb's particle ("log in", "sign in") — followed by a
    /// noun phrase's opening word (an article, a determiner, a number): there the word is a preposition with its object,
    /// "logs in one place" is logs kept in one place, not "log in" (로그인).</summary>
    private static bool PrepositionNotParticle(string[] raw, int end) =>
        end < raw.Length && raw[end - 1] is "in" or "on" && (NounOpeners.Contains(raw[end]) || char.IsDigit(raw[end][0]));

    private static readonly FrozenSet<string> NounOpeners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "one", "two", "three", "this", "that", "these", "those", "my", "your", "our", "their", "its", "each", "every", "all", "some", "any", "many", "multiple", "several"],
        StringComparer.Ordinal);

    // Words that make "go" the everyday verb: before it, a subject, "to" or an auxiliary ("supposed to go", "I go", "should
    // we go"); after it, a particle or adverb of motion ("go through", "go back", "go wrong").
    private static readonly FrozenSet<string> BeforeGoVerb = FrozenSet.ToFrozenSet(
        ["to", "i", "we", "you", "they", "it", "he", "she", "can", "could", "should", "would", "will", "shall", "must", "do",
            "does", "did", "lets", "let", "and", "then", "or", "gonna", "wanna", "gotta", "ll", "never", "just"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> AfterGoVerb = FrozenSet.ToFrozenSet(
        ["through", "thru", "to", "back", "over", "into", "ahead", "on", "off", "out", "up", "down", "after", "away", "wrong",
            "live", "there", "here", "from", "via", "across", "forward", "beyond", "around", "along", "next", "first"], StringComparer.Ordinal);

    // Words that make "go" the language whatever else is near: "in go", "written with go", "go 언어", "go language".
    private static readonly FrozenSet<string> BeforeGoName = FrozenSet.ToFrozenSet(["in", "with", "using", "learn", "learning"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> AfterGoName = FrozenSet.ToFrozenSet(["language", "lang", "언어", "operator", "operators"], StringComparer.Ordinal);

    /// <summary>Whether "go" is the everyday verb, not the guides' language: typed in lower case in an English sentence
    /// (Korean never borrows the verb; "Go" past the first letter is written as a name), with a word beside it that only a
    /// verb has, and none that makes it the language's name.</summary>
    private static bool GoAsVerb(string text, string[] all, int r) =>
        !QueryText.WrittenAsName(text, "go") && !text.Any(QueryText.IsHangul)
        && !(r > 0 && BeforeGoName.Contains(all[r - 1])) && !(r + 1 < all.Length && AfterGoName.Contains(all[r + 1]))
        && ((r > 0 && BeforeGoVerb.Contains(all[r - 1])) || (r + 1 < all.Length && AfterGoVerb.Contains(all[r + 1])));

    /// <summary>Whether "rest" at <paramref name="r"/> is "the rest" of a list: after "the", typed in lower case, and
    /// last or before "of" or a word that shapes the sentence ("the rest too", "the rest pls") — not "the rest api".</summary>
    private bool RestOfList(string text, string[] all, int r) =>
        r > 0 && all[r - 1] == "the" && !QueryText.WrittenAsName(text, "rest")
        && (r + 1 == all.Length || all[r + 1] == "of" || IsScaffolding(all[r + 1], out _) || glossary.Stopwords.Contains(all[r + 1]));

    /// <summary>English particle verbs and what they mean in a word the glossary has: the verb's forms (irregular ones
    /// listed), its particle — right after it, or past an object of up to two words where <c>Apart</c> allows ("back
    /// the db up", "let traffic through") — and the meaning; empty for a verb whose meaning the guides write in too many
    /// ways to name one ("where does X come up": appears, as "mentioned" does; "who came up with it": 제안, 개발, 시작 —
    /// read as "propose" it declined a question the guides answer with 개발). "roll out" is left as written: read as
    /// "deploy" it met 배포 lines where the guides meant sync.</summary>
    private static readonly (string[] Forms, string Particle, bool Apart, string Meaning)[] ParticleVerbs =
    [
        (["kick", "kicks", "kicked", "kicking"], "off", true, "start"),
        (["line", "lines", "lined", "lining"], "up", false, "queue"),
        (["back", "backs", "backed", "backing"], "up", true, "backup"),
        (["work", "works", "worked", "working"], "out", true, "calculate"),
        (["let", "lets", "letting"], "through", true, "allow"),
        (["come", "comes", "came", "coming"], "up", false, ""),
    ];

    /// <summary>The meaning of the particle verb whose verb is at <paramref name="r"/> (see <see cref="ParticleVerbs"/>),
    /// its particle marked read in <paramref name="placed"/>; null when none is there or when the meaning is not a
    /// glossary word.</summary>
    private string? ParticleVerb(string[] all, int r, bool[] placed)
    {
        foreach (var (forms, particle, apart, meaning) in ParticleVerbs)
        {
            if (!forms.Contains(all[r]))
            {
                continue;
            }

            for (var at = r + 1; at <= r + (apart ? 3 : 1) && at < all.Length && !placed[at]; at++)
            {
                if (all[at] != particle)
                {
                    continue;
                }

                // "work out of the box", "rolled out of": the particle opens a phrase of its own there.
                var next = at + 1 < all.Length ? all[at + 1] : null;
                if (next == "of" || (meaning.Length > 0 && glossary.MatchAll([meaning], 0) is not { Length: 1 }))
                {
                    break;
                }

                placed[at] = true;
                return meaning;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> WholeWords = FrozenSet.ToFrozenSet(["전부", "다", "모두", "전부다"], StringComparer.Ordinal);

    // The verbs asking to be told or shown something (알려줘, 보여줘, 말해줘, 나열해, 정리해줘, 적어줘).
    private static readonly string[] TellVerbs = ["알려", "보여", "말해", "나열", "정리", "적어", "뽑아"];

    private const string WeekCounter = "주";

    // What a bound noun counts after: a number, 몇, or a determiner of time ("이번 주", "매 주", "첫 주", "한 주").
    private static readonly FrozenSet<string> CounterDeterminers = FrozenSet.ToFrozenSet(
        ["몇", "이번", "다음", "지난", "저번", "매", "첫", "한", "두", "세", "네", "마지막", "그", "이", "같은", "다른", "어느", "무슨"], StringComparer.Ordinal);

    private static bool Determined(string[] all, int r) =>
        r > 0 && (all[r - 1].All(char.IsDigit) || CounterDeterminers.Contains(all[r - 1]) || KoreanNumberWords.ContainsKey(all[r - 1]) || all[r - 1].EndsWith("번째", StringComparison.Ordinal));

    private static readonly FrozenSet<string> LanguageNames = FrozenSet.ToFrozenSet(["영어", "영문", "한국어", "한글"], StringComparer.Ordinal);

    // 에 and the particles stacked on it ("범위에도", "범위엔"): where something is.
    private static readonly string[] InsideParticles = ["에도", "에는", "에", "엔"];

    // The verbs of being inside something, by their stems: 들어가다/들어있다 (be in), 포함되다 (be included), 있다 (be there).
    private static readonly string[] InsideVerbs = ["들어가", "들어간", "들어갈", "들어감", "들어갔", "들어있", "포함", "있"];

    /// <summary>Whether the word at <paramref name="r"/> is a noun the guides never write (nor the glossary, nor a typo or
    /// Hangul spelling of theirs) under 에, followed by a verb of being inside that ends the clause: "공부 범위에
    /// 들어가?" — the place the thing is looked for in. Not before an adnominal form that goes on to a noun ("서울에 있는
    /// 데이터센터": the place is then part of what is asked).</summary>
    private bool ContainerAt(string[] all, int r)
    {
        var word = all[r];
        if (r + 1 >= all.Length || !word.All(KoreanWords.IsSyllable) || Array.Find(InsideParticles, p => word.EndsWith(p, StringComparison.Ordinal)) is not { } particle)
        {
            return false;
        }

        var noun = word[..^particle.Length];
        var verb = all[r + 1];
        if (noun.Length < 2 || !InsideVerbs.Any(v => verb.StartsWith(v, StringComparison.Ordinal)) || !verb.All(KoreanWords.IsSyllable))
        {
            return false;
        }

        // An adnominal form (있는, 들어간, 포함된, 있을) before a noun the question goes on with.
        if (KoreanWords.Final(verb[^1]) is KoreanWords.FinalNieun or KoreanWords.FinalRieul && r + 2 < all.Length
            && !IsScaffolding(all[r + 2], out _) && !IsEnding(all[r + 2]) && !IsFiller(QueryText.StripParticle(all[r + 2], minStem: 1)))
        {
            return false;
        }

        return !Known(noun) && !Readable(noun) && glossary.MatchAll([noun], 0) is null && !IsScaffolding(noun, out _);
    }

    /// <summary>Whether a word of the question other than the <paramref name="r"/>th asks for a name ("이름", "풀네임", "뭐라고").</summary>
    private static bool AsksName(string[] all, int r) =>
        all.Where((w, i) => i != r && !LanguageNames.Contains(QueryText.StripParticle(w, minStem: 1)))
            .Any(w => (IsScaffolding(w, out var h) || IsScaffolding(QueryText.StripParticle(w, minStem: 1), out h)) && h == AnswerHint.Name);

    /// <summary>"어느 파트에서 다뤄", "which part covers …": 어느/which before a part of the guides asks where the thing is
    /// covered — a section — not for a name, which a line naming something capitalised ("ETCD: 외부 클러스터") would fit.</summary>
    private static bool AsksPart(string[] all, int r, AnswerHint hint) =>
        hint == AnswerHint.Name && r + 1 < all.Length && PartWords.Contains(QueryText.StripParticle(all[r + 1], minStem: 1));

    private static readonly FrozenSet<string> PartWords = FrozenSet.ToFrozenSet(["파트", "부분", "섹션", "part", "parts", "section", "sections"], StringComparer.Ordinal);

    // "X이라던지", "X라든가" ("X, for instance"): the learner gives X as one of the things asked.
    private static readonly string[] ExampleEndings = ["이라던지", "이라든지", "이라던가", "이라든가", "라던지", "라든지", "라던가", "라든가"];

    /// <summary>Whether a word ends in an example ending ("처음에 드는 비용이라던지": the initial cost, for instance), or is
    /// one after a word it was typed on ("cpu라던지" is read as two words): the learner names one thing of those asked, so
    /// the question asks for the list it is an item of, not for the one line that names it. Each such word is read as its
    /// stem (in place); the places of endings standing alone are returned, to be read as no word.</summary>
    private static List<int> ExamplesGiven(string[] all, out bool given)
    {
        given = false;
        var alone = new List<int>();
        for (var r = 0; r < all.Length; r++)
        {
            var word = all[r];
            if (r > 0 && ExampleEndings.Contains(word))
            {
                alone.Add(r);
                given = true;
            }
            else if (Array.Find(ExampleEndings, e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal)) is { } ending)
            {
                all[r] = word[..^ending.Length];
                given = true;
            }
        }

        return alone;
    }

    // "what else" asks for the rest of a list whatever else the question asks; a definition for a definition whatever
    // words shape the rest ("정의가 뭐라고 나와있어"); otherwise the first hint counts.
    private static AnswerHint Combine(AnswerHint current, AnswerHint next) =>
        next == AnswerHint.List || (next == AnswerHint.Definition && current != AnswerHint.List) || current == AnswerHint.None ? next : current;

    private QuestionConcept Concept(string text, string own, IReadOnlyList<string> alternatives, IReadOnlyList<string> fired, bool predicate = false)
    {
        // The weight of an idea is the rarity of its rarest form the guides use; an idea the guides never name weighs
        // by what it looks like.
        // The learner's own word when the guides use it; else the mean rarity of the other names the guides use.
        // An English word the guides (also) write in Hangul ("services" → 서비스): those spellings are its other names.
        if (!alternatives.Any(a => QueryText.IsHangul(a[0])) && HangulSpellings(own) is { Count: > 0 } spellings)
        {
            alternatives = [.. alternatives, .. spellings];
            fired = [.. fired, $"hangul spelling: {own} → {string.Join(", ", spellings)}"];
        }

        // A Hangul word the guides (also) write in Latin letters ("서비스" → service, "모니터" → monitor, the parts of
        // ServiceMonitor): those spellings are its other names.
        if (alternatives.All(a => QueryText.IsHangul(a[0])) && LatinSpellings(own) is { Count: > 0 } latinSpellings)
        {
            alternatives = [.. alternatives, .. latinSpellings];
            fired = [.. fired, $"latin spelling: {own} → {string.Join(", ", latinSpellings)}"];
        }

        var ownRarity = Rarity(own);
        var known = alternatives.Skip(1).Select(Rarity).Where(r => r > 0).ToArray();
        var idf = ownRarity > 0 ? ownRarity : known.Length > 0 ? known.Average() : 0;
        if (idf > 0)
        {
            return new QuestionConcept(own, alternatives, WordOrigin.Guide, idf, fired) { LongForm = LongFormOf(own, alternatives) };
        }

        if (QueryText.IsHangul(own[0]) && !own.Contains(' ', StringComparison.Ordinal))
        {
            // An English word written in Hangul ("키클록", "엘라스틱"): the guides' Latin word with the same consonants.
            // The language of the guides' code ("야믈"), which their text never says, is read as the learner who types
            // "yaml" is.
            // A word the glossary already gives its names (필드 = field) is not read by its sound as another ("filter"); the
            // guides' code language is still read as typed (야믈 = yaml, which the glossary also names).
            if (Transliterated(own) is { } latin)
            {
                if (alternatives.Count == 1 && Rarity(latin) is var rarity and > 0)
                {
                    return new QuestionConcept(own, [own, .. Names(latin)], WordOrigin.Guide, rarity, [.. fired, $"hangul spelling: {own} → {latin}"]);
                }

                if (units.CodeLanguages.Contains(latin))
                {
                    return Concept(text, latin, [latin], [.. fired, $"hangul spelling: {own} → {latin}"]);
                }
            }

            // An English word in Hangul with the last consonant typed as a final ("네트웤", "프레임웤"): the guides' word
            // spelled out, when they have it.
            if (!predicate && KoreanWords.AspiratedFinalSpelledOut(own) is { Length: >= 3 } spelledOut && Rarity(spelledOut) is var spelledRarity and > 0)
            {
                return new QuestionConcept(own, [own, .. Names(spelledOut)], WordOrigin.Guide, spelledRarity, [.. fired, $"typo: {own} → {spelledOut}"]);
            }

            // A Korean word mistyped by one letter ("프로메테우서"): the guides' word.
            // A glossary word the guides write only by its other names ("이스티어" → 이스티오, written Istio) weighs as those do.
            if (!predicate && CorrectHangul(own) is { } fixedWord && Names(fixedWord).ToArray() is var fixedNames
                && (Rarity(fixedWord) is var fixedRarity and > 0
                    || (fixedRarity = fixedNames.Skip(1).Select(Rarity).Where(r => r > 0).DefaultIfEmpty(0).Average()) > 0))
            {
                return new QuestionConcept(own, [own, .. fixedNames], WordOrigin.Guide, fixedRarity, [.. fired, $"typo: {own} → {fixedWord}"]);
            }

            // A guide's name clipped the Korean way ("인플랫" for 인프라 플랫폼, infra-platform): where the learner saw the
            // thing, not a thing of its own — the guide's name is its other name (see ClippedGuideNames).
            if (!predicate && (_clippedGuideNames.GetValueOrDefault(own) ?? _clippedGuideNames.GetValueOrDefault(QueryText.StripParticle(own))) is { } clippedGuide)
            {
                return new QuestionConcept(own, [own, clippedGuide], WordOrigin.Unknown, tuning.UnknownWordWeight, [.. fired, $"clipped guide name: {own} → {clippedGuide}"]);
            }

            // A verb made of a noun the guides never use ("이사할때": moving house) names that idea: it weighs as unknown.
            // "우리", "저희" (we, our) say whose thing it is, as a verb says what is done with it: neither names a topic.
            if ((predicate || KoreanWords.IsPredicate(own) || KoreanWords.IsBareStemAdnominal(own) || KoreanWords.IsFirstPersonPlural(own)) && !(KoreanWords.VerbNoun(own) is { Length: >= 2 } noun && !Scaffolding.ContainsKey(noun)))
            {
                return new QuestionConcept(own, alternatives, WordOrigin.Predicate, tuning.PredicateWeight, fired);
            }
        }

        // The language of the guides' code ("yaml") names nothing they do not cover, though their text never says it; nor
        // does a word the learner writes across a slash from a word of the guides ("login / sso", "PR bot/ci"): it is
        // another name or a companion of what the guides do write, not a thing of its own.
        var origin = !units.CodeLanguages.Contains(own) && LooksLikeName(own, text) && !BesideGuideWord(own, text) ? WordOrigin.ForeignName : WordOrigin.Unknown;
        // A name the guides write only run together in a link's address ("hightower" of github.com/kelseyhightower/…):
        // the learner names that link, so the address word is the idea's other name.
        if (origin == WordOrigin.ForeignName && AddressWord(own) is { } address)
        {
            return new QuestionConcept(own, [own, address], WordOrigin.Guide, Rarity(address), [.. fired, $"link address: {own} → {address}"]);
        }

        // A short form the glossary gives for an English word ("dir" directory, "vuln" vulnerability, "nic" network
        // interface card) weighs as the term it is, but names no product the guides leave out.
        return new QuestionConcept(own, alternatives, origin, origin == WordOrigin.ForeignName ? tuning.ForeignNameWeight : tuning.UnknownWordWeight, fired)
        {
            LongForm = LongFormOf(own, alternatives),
        };
    }

    /// <summary>Whether <paramref name="word"/>, one Latin word, is a short form of an English word or phrase among its
    /// glossary names: a clipping or contraction ("dir", "vuln", "mgmt": its letters in order, from the first) or an
    /// acronym ("nic": the initials). The glossary vouches for the meaning; the letters check it is a short form of that
    /// word and not a name the group also lists beside a description.</summary>
    internal static bool ShortForEnglish(string word, IReadOnlyList<string> alternatives) => LongFormOf(word, alternatives) is not null;

    /// <summary>The English word or phrase among its glossary names that <paramref name="word"/> is a short form of
    /// (see <see cref="ShortForEnglish"/>), or null.</summary>
    internal static string? LongFormOf(string word, IReadOnlyList<string> alternatives) =>
        word.Length >= 2 && word.All(char.IsAsciiLetterLower)
            ? alternatives.FirstOrDefault(a => a.Length > word.Length && a.All(c => char.IsAsciiLetterLower(c) || c == ' ')
                && a.Split(' ') is var parts && parts.All(EnglishWords.IsEnglish)
                && (parts.Length == 1 ? a[0] == word[0] && InOrder(word, a) : string.Concat(parts.Select(p => p[0])) == word))
            : null;

    /// <summary>Whether the letters of <paramref name="part"/> occur in <paramref name="whole"/> in the same order.</summary>
    private static bool InOrder(string part, string whole)
    {
        var at = 0;
        foreach (var c in whole)
        {
            if (at < part.Length && part[at] == c)
            {
                at++;
            }
        }

        return at == part.Length;
    }

    /// <summary>Per Hangul clipping of a guide's name, that guide: the start of the Korean name of one part of the name and
    /// the start of the next part's ("인플랫": 인 of 인프라, 플랫 of 플랫폼 — infra-platform), as Korean shortens a compound
    /// (three syllables or more, one part at least cut short). The Korean names are the glossary's for each part. A
    /// clipping two guides' names give is neither's. Read only for a word the guides and the glossary never use.</summary>
    private readonly Dictionary<string, string> _clippedGuideNames = ClippedGuideNames(units.GuideNames, word =>
        glossary.MatchAll([word], 0) is { Length: 1 } match ? match.Groups.SelectMany(g => glossary.Groups[g]).Where(t => t.Length == 1).Select(t => t[0]) : []);

    private static Dictionary<string, string> ClippedGuideNames(IReadOnlyList<string> guides, Func<string, IEnumerable<string>> names)
    {
        var clipped = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var guide in guides)
        {
            var parts = guide.Split('-');
            for (var i = 0; i + 1 < parts.Length; i++)
            {
                string[] Korean(string part) => names(part).Where(n => n.All(KoreanWords.IsSyllable)).Distinct(StringComparer.Ordinal).ToArray();
                foreach (var first in Korean(parts[i]))
                {
                    foreach (var second in Korean(parts[i + 1]))
                    {
                        for (var a = 1; a <= first.Length; a++)
                        {
                            for (var b = 1; b <= second.Length; b++)
                            {
                                if (a + b < 3 || (a == first.Length && b == second.Length))
                                {
                                    continue;
                                }

                                var word = first[..a] + second[..b];
                                clipped[word] = clipped.TryGetValue(word, out var other) && other != guide ? null : guide;
                            }
                        }
                    }
                }
            }
        }

        return clipped.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal);
    }

    private bool BesideGuideWord(string word, string text) =>
        QueryText.AcrossSlash(text, word).Any(w => units.IsLatinWord(w) || glossary.IsTerm(w));

    /// <summary>A guide word and its other names in the glossary.</summary>
    private IEnumerable<string> Names(string word) =>
        (glossary.MatchAll([word], 0) is { Length: 1 } match
            ? match.Groups.SelectMany(g => glossary.Groups[g]).Select(t => string.Join(' ', t)).Where(t => t != word)
            : []).Distinct().Prepend(word);

    /// <summary>The guides' Hangul word (three syllables or more, same first consonant) one slip away from
    /// <paramref name="word"/> — one letter (jamo) mistyped, a final added or dropped ("프로메테우서", "스케쥴러", "하이퍼바이져"),
    /// or an English word's last consonant typed as a final ("헬스첵" 헬스체크, "넷워킹" 네트워킹) — when exactly one is;
    /// else null. A word of the general Korean list is never read as another. A few hash lookups in
    /// <see cref="_hangulBySlip"/>, built once.</summary>
    private string? CorrectHangul(string word)
    {
        if (word.Length < 3 || !word.All(KoreanWords.IsSyllable) || GeneralWords.IsGeneral(word))
        {
            return null;
        }

        // The same word with ㅔ for ㅐ or back ("엔서블" 앤서블): one spelling, not a slip, so a three-syllable term too.
        if (_hangulByMergedVowels.TryGetValue(KoreanWords.MergedVowels(word), out var same) && same.Where(w => w != word).ToArray() is [var respelled])
        {
            return respelled;
        }

        string? found = null;
        foreach (var key in KoreanWords.SlipKeys(word))
        {
            if (!_hangulBySlip.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (candidate == word || KoreanWords.Initial(candidate[0]) != KoreanWords.Initial(word[0]))
                {
                    continue;
                }

                if (found is not null && found != candidate)
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }

    /// <summary>The guides' Latin word (or two-word name) a Hangul word spells, by consonant skeleton (the same vowel or
    /// consonant start and first vowel; with only two consonants, every vowel), when exactly one fits or exactly one ends
    /// with the letter a spelled-out last syllable names; else null.</summary>
    private string? Transliterated(string word)
    {
        // An acronym of the guides spelled out letter by letter ("씨엔씨에프" CNCF, "에스알이" SRE): one reading only.
        // Two letters too ("오에스" OS, "아이피" IP), which the guides' longer Latin words leave out, where the guides write them.
        if (KoreanWords.SpelledLetters(word).Where(a => units.IsLatinWord(a) || (a.Length == 2 && units.HasLatin(a))).Distinct().ToArray() is [var acronym])
        {
            return acronym;
        }

        // A word of a glossary term written word for word in English too ("워커 노드", "worker node"): its English word
        // there, when the guides write it — a loanword of one consonant the skeletons below cannot tell.
        if (glossary.SpelledWord(word) is { } spelled && units.IsLatinWord(spelled))
        {
            return spelled;
        }

        // A verb form ("보라고", "해봐"), a word with an ending of two syllables ("80퍼인데") or a syllable English is never
        // written with ("맞추") is a Korean word; so is an everyday Korean word (GeneralWords: "얘기" is talk, not a glide
        // spelling of "jaeger"), which the hand-written list holds only native words for.
        if (word.Length < 2 || GeneralWords.IsGeneral(word) || !KoreanWords.CouldSpellEnglish(word) || KoreanWords.IsPredicate(word)
            || Endings.Any(e => e.Length >= 2 && word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal)))
        {
            return null;
        }

        // 엘라스틱 starts with a vowel (silent ㅇ), as "elastic" does; 키클록 with a consonant, as "keycloak" does. Two
        // consonants (하버 = harbor, but also hub, hope, hpa) say little: there all the vowels must fit too.
        // A name of two words must end as the Hangul word does too (안드로이드 is not "initial auto"). Words with digits
        // ("v1beta1") are not names written in Hangul. An r before a consonant is read only where the word writes it (아르고
        // "argo"; 볼트 is "vault", not "port"). A j spoken as a glide (예거 "jaeger") is its first syllable; the rest is checked.
        var fits = new List<string>();
        var writesR = KoreanWords.WritesR(word);
        foreach (var (skeleton, spokenJ) in KoreanWords.HangulSkeletons(word))
        {
            if (skeleton.Length < 2 || !_bySkeleton.TryGetValue(skeleton, out var candidates))
            {
                continue;
            }

            foreach (var (c, silentR) in candidates)
            {
                var (hangul, latin) = spokenJ ? KoreanWords.AfterGlide(word, c) ?? (string.Empty, string.Empty) : (word, c);
                if (hangul.Length > 0 && !fits.Contains(c)
                    && (silentR || writesR)
                    && KoreanWords.SameStart(hangul, latin)
                    && KoreanWords.FirstVowelsFit(hangul, latin)
                    && (skeleton.Length >= 3 || (KoreanWords.VowelsFit(hangul, latin) && !c.Any(char.IsDigit)))
                    && (!c.Contains(' ', StringComparison.Ordinal) || KoreanWords.LastVowelFits(word, c))
                    && KoreanWords.EndsAsSpelled(word, c))
                {
                    fits.Add(c);
                }
            }
        }

        // A name ending in a spelled-out letter ends with that letter: 플루언트디 is "fluentd", not "fluent".
        if (fits.Count > 1 && fits.Where(c => KoreanWords.EndsWithLetterNamed(word, c)).ToArray() is [var named])
        {
            return named;
        }

        return fits.Count == 1 ? fits[0] : null;
    }

    private bool SpellsPastTerm(string word) =>
        QueryText.IsHangul(word[0]) && !glossary.IsTerm(word) && !Known(word) && Transliterated(word) is not null;

    /// <summary>The guides' Hangul words that spell the lower-case English word <paramref name="latin"/> (four letters
    /// or more) and share a section with it: the same consonant skeleton (a final r silent), the same vowel or
    /// consonant start, every vowel fitting, no more syllables than letters; none when more than
    /// <see cref="MaxSpellings"/> fit (the consonants say too little).</summary>
    private List<string> HangulSpellings(string latin)
    {
        var found = new List<string>();
        if (latin.Length < 4 || !latin.All(char.IsAsciiLetterLower))
        {
            return found;
        }

        var skeleton = KoreanWords.LatinSkeletons(latin)[0];
        if (_hangulBySkeleton.TryGetValue(skeleton, out var candidates))
        {
            foreach (var hangul in candidates)
            {
                if (hangul.Length <= latin.Length && !found.Contains(hangul) && Spells(hangul, latin))
                {
                    found.Add(hangul);
                }
            }
        }

        return found.Count <= MaxSpellings ? found : [];
    }

    private const int MaxSpellings = 3;

    /// <summary>Whether the guides write the one-word term (an acronym, a name) as a word of their own.</summary>
    private bool WrittenName(string term) =>
        QueryText.IsHangul(term[0]) ? units.IsHangulWord(term) : units.IsLatinWord(term) || LatinStems.Of(term).Any(units.HasLatin);

    /// <summary>The English words a Hangul loanword spells: the guides' own spellings, else its transliteration.</summary>
    private IEnumerable<string> Readings(string hangul) =>
        LatinSpellings(hangul) is { Count: > 0 } spellings ? spellings : Transliterated(hangul) is { } latin ? [latin] : [];

    /// <summary>The Latin words of the guides (identifier parts included) that the Hangul guide word
    /// <paramref name="hangul"/> spells and that share a section with it: three consonants or more, the same start,
    /// every vowel fitting (with or without a silent final e or a plural ending); none when more than
    /// <see cref="MaxSpellings"/> fit.</summary>
    private List<string> LatinSpellings(string hangul)
    {
        var found = new List<string>();
        if (hangul.Length < 2 || hangul.Contains(' ', StringComparison.Ordinal) || !KoreanWords.CouldSpellEnglish(hangul) || KoreanWords.IsPredicate(hangul)
            || KoreanWords.HangulSkeleton(hangul) is not { Length: >= 2 } skeleton || !_partsBySkeleton.TryGetValue(skeleton, out var candidates))
        {
            return found;
        }

        foreach (var latin in candidates)
        {
            if (Spells(hangul, latin))
            {
                found.Add(latin);
            }
        }

        return found.Count <= MaxSpellings ? found : [];
    }

    /// <summary>True when the guide words <paramref name="hangul"/> and <paramref name="latin"/> (same consonant skeleton)
    /// are one word spelled two ways (<see cref="KoreanWords.SpellsAsLoanword"/>) and a section writes both.</summary>
    private bool Spells(string hangul, string latin) => KoreanWords.SpellsAsLoanword(hangul, latin) && SharesSection(hangul, latin);

    /// <summary>True when a section of the guides writes both the Hangul word and the English word: where the guides
    /// spell a word both ways (서비스 and service), not where two words only sound alike (메서드 is not "master").</summary>
    private bool SharesSection(string hangul, string latin)
    {
        var sections = units.HangulPostings(hangul).Select(u => units.Units[u].Section).ToHashSet();
        return LatinStems.Of(latin).Any(stem => units.LatinPostings(stem).Any(u => sections.Contains(units.Units[u].Section)));
    }

    /// <summary>Inverse document frequency of a term over units (the mean over its words), 0 when a word is unknown.</summary>
    public double Rarity(string term)
    {
        // A stop word inside a name of several words ("Kubernetes the Hard Way", "install kubernetes by hand") joins its
        // words: the name is as rare as its other words (AnswerEngine counts the stop word only where the phrase is
        // written whole). One that ends the phrase is a phrasal verb's particle ("log in", "set up"), a word of its own.
        var all = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = all.Length > 2 && !IsStopWord(all[^1]) && !IsStopWord(all[0]) ? all.Where(p => !IsStopWord(p)).ToArray() : all;
        var total = 0.0;
        foreach (var part in parts)
        {
            var df = QueryText.IsHangul(part[0])
                ? InsideOnly(part) ? 0 : units.HangulPostings(part).Length
                : LatinStems.Of(part).Select(s => units.LatinPostings(s).Length).DefaultIfEmpty(0).Min();
            if (df == 0)
            {
                return 0;
            }

            total += units.Idf(df);
        }

        return parts.Length == 0 ? 0 : total / parts.Length;
    }

    private static bool IsStopWord(string word) => !QueryText.IsHangul(word[0]) && LatinStems.Of(word).Length == 0;

    /// <summary>A word of two syllables the guides write only inside longer words, never as a word or a word's start:
    /// two syllables straddling another word's parts (계열 in 시계열 "time series", 장소 in 저장소 "store") are seldom
    /// that word, while a longer word inside a compound (서비스 in 마이크로서비스) is the compound's part.</summary>
    private bool InsideOnly(string word) =>
        word.Length == 2 && !units.StartsWord(word) && !glossary.IsTerm(word);

    private bool Known(string word) =>
        word.Length >= 2 && (units.HasHangul(word) || glossary.IsTerm(word));

    /// <summary>Strips endings and particles while the stem is a guide word; otherwise the plain particle rule.</summary>
    private string Stem(string word)
    {
        // Endings stacked on a guide word ("인프라쪽은" → 인프라쪽 → 인프라): the first guide word reached by
        // stripping up to three of them, whatever the words in between.
        if (StrippedTo(word, 3, Known) is { } guideWord)
        {
            return guideWord;
        }

        for (var round = 0; round < 3 && !Known(word); round++)
        {
            var stripped = Endings.Where(e => word.Length - e.Length >= 2 && word.EndsWith(e, StringComparison.Ordinal))
                .Select(e => word[..^e.Length])
                .FirstOrDefault(Known);
            if (stripped is null)
            {
                // Scaffolding glued on ("클라우드가뭐야", "도구이름"): strip it and try again from what is left — a noun
                // of the scaffolding (이름, 정식, 목록) only when a guide word is left: in "연립방정식" it is part of the word.
                var glued = Enumerable.Range(2, Math.Max(0, word.Length - 3)).Select(at => word[at..])
                    .FirstOrDefault(s => QueryText.IsHangul(s[0]) && IsScaffolding(s, out _)
                        && (IsQuestionEnding(s) || StrippedTo(word[..^s.Length], 3, Known) is not null));
                if (glued is null)
                {
                    break;
                }

                word = word[..^glued.Length];
                continue;
            }

            word = stripped;
        }

        if (Known(word))
        {
            return word;
        }

        // A word of one syllable the glossary knows, with its particle ("달은", "책은") or a case particle of two syllables
        // or more ("랩에서", "달부터"): the word — under 에서 it was an unknown word though 랩 under 은 was the lab.
        if ((word.Length == 2 ? QueryText.StripParticle(word, minStem: 1) : QueryText.OneSyllableNoun(word)) is { Length: 1 } syllable
            && glossary.IsTerm(syllable))
        {
            return syllable;
        }

        // A one-syllable noun the guides write under its particle ("팀에서", "룰을"), here under its own ("팀이", "룰에"):
        // the noun, which the index keeps for them too.
        if ((QueryText.OneSyllableNoun(word) ?? (word.Length == 2 ? QueryText.StripParticle(word, minStem: 1) : null)) is { Length: 1 } bare
            && units.HasHangul(bare))
        {
            return bare;
        }

        // A noun made a verb with 하다/되다 ("촉진하려고", "관리해주는", "표기했음"): the noun, when the guides have it.
        if (KoreanWords.VerbNoun(word) is { } noun && Known(noun))
        {
            return noun;
        }

        // A guide word mistyped or an English name written in Hangul, with endings stacked on ("오토스캐일링쪽은",
        // "컴퓨트쪽은"): what the typo or spelling reading finds, as it finds it under one particle — stripping stopped only
        // at a word the guides have, so the word stayed unknown.
        if (!Readable(word) && StrippedTo(word, 3, Readable) is { } readable)
        {
            return readable;
        }

        // A noun made a verb that the guides lack as a word of its own but the glossary has inside a term written apart
        // ("장애 주입해보는" → 장애 주입: chaos engineering): the noun, not the verb form read as one unknown word. Only
        // such a noun: any other one, bare, is read by the typo and spelling readings the verb form escaped.
        return KoreanWords.VerbNoun(word) is { Length: >= 2 } unknownNoun && glossary.InPhrase(unknownNoun) ? unknownNoun : QueryText.StripParticle(word);
    }

    /// <summary>A scaffolding noun that says what is asked (이름, 목록, 종류, 주기) glued to the thing it asks about, the
    /// thing a guide word left by <see cref="Stem"/> ("도구이름" → 도구 · 이름) or a one-syllable glossary term ("툴이름" →
    /// 툴 · 이름): the two words, as written apart — so the noun still asks its name or list, and a one-syllable term is
    /// not lost in one unknown word. Null when the rest is no such noun (with its particle or none).</summary>
    private string[]? AskedWith(string word, string stem)
    {
        var thing = stem.Length >= 2 && stem.Length < word.Length && word.StartsWith(stem, StringComparison.Ordinal) && Known(stem) ? stem
            : glossary.IsTerm(word[..1]) ? word[..1] : null;
        if (thing is null)
        {
            return null;
        }

        var rest = word[thing.Length..];
        var noun = IsScaffolding(rest, out var hint) ? rest
            : QueryText.StripParticle(rest, minStem: 1) is var bare && IsScaffolding(bare, out hint) ? bare : null;
        return noun is { Length: >= 2 } && hint != AnswerHint.None && !IsQuestionEnding(noun) ? [thing, noun] : null;
    }

    /// <summary>A Hangul word the typo or spelling reading finds in the guides (<see cref="CorrectHangul"/>,
    /// <see cref="Transliterated"/>), though the guides do not have it as written.</summary>
    private bool Readable(string word) => word.Length >= 2 && (CorrectHangul(word) is not null || Transliterated(word) is not null);

    /// <summary>The word, or the first word reached by stripping up to <paramref name="depth"/> endings (depth first, in
    /// the order of <see cref="Endings"/>), that <paramref name="accept"/> takes: a guide word (<see cref="Known"/>), or one
    /// the typo or spelling reading finds (<see cref="Readable"/>).</summary>
    private string? StrippedTo(string word, int depth, Func<string, bool> accept)
    {
        if (accept(word))
        {
            return word;
        }

        if (depth == 0)
        {
            return null;
        }

        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 2 && word.EndsWith(ending, StringComparison.Ordinal) && StrippedTo(word[..^ending.Length], depth - 1, accept) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A Hangul word as guide words: its stem when that is a guide word; else the guide words written
    /// together in it ("한줄정의" → 한줄 · 정의, "최종프로젝트" → 최종 · 프로젝트); else the word without its particle.</summary>
    private IEnumerable<string> Segment(string word)
    {
        var stem = Stem(word);
        if (word.Length >= 3 && AskedWith(word, stem) is { } asked)
        {
            return asked;
        }

        if (Known(stem) || word.Length < 3)
        {
            return [stem];
        }

        // 우리 and 저희 (we, our) glued to the noun they own ("우리팀", "저희회사"): two words, as written apart ("우리 팀") —
        // whose thing it is, then the thing.
        if (word.Length >= 3 && KoreanWords.IsFirstPersonPlural(word[..2]))
        {
            return [word[..2], .. Segment(word[2..])];
        }

        // A case particle opening the word belongs to the word before it, written apart in another script ("CI에서공용" →
        // ci · 에서공용): it ends that word, and what follows is read on its own.
        if (CaseParticles.FirstOrDefault(p => word.Length - p.Length >= 2 && word.StartsWith(p, StringComparison.Ordinal) && !OpensWords.Contains(p)) is { } opening)
        {
            return Segment(word[opening.Length..]);
        }

        // Guide words first; an English name in Hangul or mistyped is read whole (see Concept), not cut in halves — an
        // English name whose last syllable looks like a particle ("키바나", "벨레로") with that syllable; then English
        // words of the guides written in Hangul among the pieces ("마스터노드" → 마스터 · 노드).
        return Split(word, english: false) is { Length: > 1 } pieces ? pieces
            : Split(stem, english: false) is { Length: > 1 } stemPieces ? stemPieces
            : CorrectHangul(stem) is not null || Transliterated(stem) is not null ? [stem]
            : stem != word && Transliterated(word) is not null ? [word]
            : Split(word, english: true) is { Length: > 1 } spelled ? spelled
            : Halves(stem);
    }

    /// <summary>A compound of a word the guides have and one they do not ("프로세서스케줄링" → 프로세서 · 스케줄링,
    /// "이벤트드리븐" → 이벤트 · 드리븐): cut where the longer guide word (three syllables or more) leaves two syllables or
    /// more on the other side; a guide word behind a one-syllable prefix ("전가상화" → 가상화); else the word whole.</summary>
    private string[] Halves(string word)
    {
        // A bound noun glued to a word the guides write ("인스턴스단", "서비스간", "노드당", "클러스터내"): the level,
        // span, share or inside of that thing, no idea of its own — not cut inside the word ("인스턴 · 스단").
        if (word.Length >= 3 && BoundNouns.Contains(word[^1]) && (units.IsHangulWord(word[..^1]) || glossary.IsTerm(word[..^1])))
        {
            return [word[..^1]];
        }

        // Two words of two syllables, the second a word the guides write ("물리서버", "중간레벨"): a Korean compound puts
        // its head last, so the compound is a kind of that thing; the first word stays an idea of its own (unknown when
        // the guides lack it, so everyday compounds stay off-topic).
        if (word.Length == 4 && !Known(word[..2]) && units.IsHangulWord(word[2..]) && IsNoun(word) && IsNoun(word[2..]))
        {
            return [word[..2], word[2..]];
        }

        for (var known = word.Length - 2; known >= 3; known--)
        {
            if (Standing(word[^known..]))
            {
                return [word[..^known], word[^known..]];
            }

            if (Standing(word[..known]))
            {
                return [word[..known], word[known..]];
            }
        }

        // A one-syllable Sino-Korean prefix on a guide word of three syllables or more ("전가상화", "반가상화": full and
        // para-virtualization; "비동기화", "재컴파일"): the prefix qualifies the thing the guides name and is no word of its own.
        return word.Length >= 4 && SinoPrefixes.Contains(word[0]) && Known(word[1..]) ? [word[1..]] : [word];
    }

    /// <summary>A guide word that stands as a word or a word's start in the guides, or a glossary term: not a piece the
    /// guides write only inside longer words — 포인트 only in 엔드포인트 and 체크포인트 is no half of 파워포인트, whose
    /// whole the guides never write.</summary>
    private bool Standing(string piece) => Known(piece) && (units.StartsWord(piece) || glossary.IsTerm(piece));

    /// <summary>Not a verb or adjective form, a noun made a verb, an ending or scaffolding: "하게" in "안전하게" is the
    /// ending of an adverb, not a word after 안전.</summary>
    private bool IsNoun(string word) =>
        !KoreanWords.IsPredicate(word) && KoreanWords.VerbNoun(word) is null && !IsEnding(word) && !IsScaffolding(word, out _)
        && word[0] is not ('하' or '해' or '했' or '되' or '돼' or '됐');

    // 端 level, 間 between, 當 per, 內 within: bound nouns that follow a noun written together with it.
    private static readonly FrozenSet<char> BoundNouns = "단간당내".ToFrozenSet();

    // 全 半/反 非 再 無 脫 超 準 未 不 多 單 高 低 新 逆 總 汎 過: prefixes that make a new word of any Sino-Korean noun.
    private static readonly FrozenSet<char> SinoPrefixes = "전반비재무탈초준미불다단고저신역총범과".ToFrozenSet();

    /// <summary>A Hangul word the guides do not have, written together from guide words ("최종프로젝트" → 최종 ·
    /// 프로젝트, "체크주기" → 체크 · 주기, "마스터노드" → 마스터 · 노드): split only when every piece is a word a guide word
    /// starts with, a glossary term, an English word of the guides written in Hangul, question scaffolding or an ending —
    /// so "맛있게" or "드라마" are not cut into look-alike pieces. The longest first piece that leaves a split rest wins;
    /// one pass from the word's end, pieces of at most <see cref="MaxPiece"/> syllables: linear in the word.</summary>
    private string[] Split(string word, bool english)
    {
        // next[i]: the end of the piece that starts at i in the split of word[i..] (0 when word[i..] cannot be split,
        // word.Length + 1 when word[i..] is an ending).
        var next = new int[word.Length + 1];
        next[word.Length] = word.Length;
        for (var i = word.Length - 1; i >= 0; i--)
        {
            if (word.Length - i <= MaxPiece && IsEnding(word[i..]))
            {
                next[i] = word.Length + 1;
                continue;
            }

            for (var end = Math.Min(word.Length, i + MaxPiece); end >= i + 2; end--)
            {
                // A case particle of two syllables or more inside the word ("서비스끼리요청") ends the noun before it
                // (dropped below) even where no guide word starts with it.
                if (next[end] != 0 && (IsPiece(word[i..end], english) || (i > 0 && end < word.Length && CaseParticles.Contains(word[i..end]))))
                {
                    next[i] = end;
                    break;
                }
            }

            // A one-syllable case particle between two pieces, fitting the syllable before it ("파드를스케일링", "서비스로트래픽"):
            // it ends the noun before it as a space would — only where no longer piece starts there.
            if (next[i] == 0 && i > 0 && i + 1 < word.Length && next[i + 1] is > 0 and var after && after <= word.Length
                && KoreanWords.ParticleFits(word[i - 1], word[i]))
            {
                next[i] = i + 1;
            }
        }

        var pieces = new List<string>();
        for (var i = 0; next[i] != 0 && i < word.Length; i = next[i])
        {
            if (next[i] > word.Length)
            {
                break; // an ending: it says nothing
            }

            // A case particle between two pieces ends the noun before it, as a space would ("테라폼에서환경별로" →
            // 테라폼 · 환경): no idea of its own, as it is none at a word's end.
            var piece = word[i..next[i]];
            if (i == 0 || next[i] == word.Length || !(CaseParticles.Contains(piece) || piece.Length == 1) || glossary.IsTerm(piece))
            {
                pieces.Add(piece);
            }
        }

        // A trailing ending counts as a piece: "클라우드가" is 클라우드 and its particle.
        var endsInEnding = next[0] != 0 && pieces.Sum(p => p.Length) < word.Length;
        return next[0] != 0 && pieces.Count + (endsInEnding ? 1 : 0) > 1 ? [.. pieces] : [word];
    }

    // Case particles of two syllables or more (place, direction, source, limit, comparison, manner, distribution):
    // they follow a noun and start none, so inside a word written together they only end the noun before them.
    private static readonly FrozenSet<string> CaseParticles = new[]
    {
        "에서", "에서는", "에서도", "에게서", "으로", "으로는", "에게", "까지", "부터", "처럼", "보다", "에는", "한테", "마다", "별로", "대로", "끼리",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Case particles that also open Korean words (보다 "see", 마다, 대로 "boulevard", 별로 "not really"): a word starting
    // with one is not a particle and a word.
    private static readonly FrozenSet<string> OpensWords = new[] { "보다", "마다", "대로", "별로" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest piece <see cref="Split"/> looks for: longer than any word of the guides.</summary>
    private const int MaxPiece = 16;

    private bool IsPiece(string head, bool english) =>
        units.StartsWord(head) || glossary.IsTerm(head) || IsScaffolding(head, out _) || (english && SpellsOneWord(head));

    /// <summary>A piece of a word spells an English word of the guides only when the evidence is strong: one word, no
    /// digits, three consonants or more and every vowel fitting ("마스터" = master; "클러뷰" is not "group").</summary>
    private bool SpellsOneWord(string piece) =>
        Transliterated(piece) is { } latin && !latin.Contains(' ', StringComparison.Ordinal) && !latin.Any(char.IsDigit)
        && KoreanWords.HangulSkeleton(piece) is { Length: >= 3 } && KoreanWords.VowelsFit(piece, latin);

    private static bool IsEnding(string text) => Endings.Contains(text, StringComparer.Ordinal);

    /// <summary>Scaffolding that ends a question ("뭐야", "알려줘", "있어", "거임", "되는"): a "what" or a verb form ending
    /// in a sentence ending, not a noun (이름, 정식, 항목).</summary>
    private static bool IsQuestionEnding(string scaffolding) =>
        scaffolding[0] is '뭐' or '머' || KoreanWords.IsPredicate(scaffolding) || "어야임지요줘돼음거는나냐래".Contains(scaffolding[^1], StringComparison.Ordinal);

    // Korean noun suffixes learners glue to an English word: -용 (for), -형 (type), -급 (class), -별 (per).
    private static readonly char[] LatinSuffixes = ['용', '형', '급', '별', '단', '간', '당', '내'];

    /// <summary>A "v" (virtual) before a word of the guides the guides do not write with it ("vcpu" → cpu, "vnic" → nic):
    /// the virtual kind of that thing, which the guides write without the v. A plural ("vcpus") is the plural of that
    /// word when its lemma is the guides' word and the v-word's own lemma is not ("vcpus" → cpus, read as cpu).</summary>
    private string VirtualOf(string word) =>
        word.Length >= 4 && word[0] == 'v' && word.Skip(1).All(char.IsAsciiLetter) && !Known(word)
        && (units.IsLatinWord(word[1..]) || (LatinStems.Lemma(word) is var lemma && lemma != word && !Known(lemma) && !units.IsLatinWord(lemma)
            && units.IsLatinWord(LatinStems.Lemma(word[1..]))))
            ? word[1..] : word;

    /// <summary>A particle and the topic 는 contracted as chat types them — 에선 (에서는), 에겐 (에게는), 한텐 (한테는), 엔 (에는) — or a
    /// filler noun with one ("쪽에선"), left on its own when split from a term or a Latin word ("k8s에선", "테라폼에선"):
    /// no idea. Only on its own: a word ending in one is read by the endings as before ("구글클라우드에선" keeps the
    /// glossary's reading of the whole word, its setting).</summary>
    private static bool IsContractedParticle(string text) =>
        text is "에선" or "에겐" or "한텐" or "엔" || (text.Length == 3 && IsFiller(text[..1]) && IsContractedParticle(text[1..]));

    private static bool IsFiller(string text) => text is "들" or "쪽" or "꺼" or "것" or "에다" or "한테서";

    // English numbers written as words are the digits the guides write ("the three kinds" → 관측성 3요소, "two things" →
    // 2가지); "one" only shapes a sentence ("which one").
    private static readonly FrozenDictionary<string, string> NumberWords = "two three four five six seven eight nine ten".Split(' ')
        .Select((word, i) => (word, i)).ToFrozenDictionary(x => x.word, x => (x.i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    // The words after a count of things beyond those named ("two other things", "three more tools"): the number only says
    // how many are asked for; read as a digit it met the roadmap's "2단계" heading (0.90) over the section that has them.
    private static readonly FrozenSet<string> FurtherWords = FrozenSet.ToFrozenSet(["other", "more", "further", "additional"], StringComparer.Ordinal);

    // The native Korean numerals from five to nine ("다섯 주 코스", "여섯 달"), as the digits the guides write ("5주 과정"),
    // as NumberWords are; the numerals are the course references' own. Two to four (두 세 네) stand only before a counter
    // and are read as scaffolding; 열 (ten) is also "heat" and "column".
    private static readonly FrozenDictionary<string, string> KoreanNumberWords = CourseReferences.NativeNumbers(from: 5)
        .ToFrozenDictionary(n => n.Numeral, n => n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    // Ordinals from the second on, English and Korean, as the digits the guides number their parts with.
    private static readonly FrozenDictionary<string, string> OrdinalNumbers = new[]
    {
        "second 2nd 두번째 둘째", "third 3rd 세번째 셋째", "fourth 4th 네번째 넷째", "fifth 5th 다섯번째 다섯째", "sixth 6th 여섯번째",
        "seventh 7th 일곱번째", "eighth 8th 여덟번째", "ninth 9th 아홉번째", "tenth 10th 열번째",
    }.SelectMany((words, i) => words.Split(' ').Select(w => (w, i))).ToFrozenDictionary(x => x.w, x => (x.i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>A Korean ordinal written apart as the spelling rules space it ("세 번째", "첫 번째 시나리오", "다섯 번째에"):
    /// one word, as learners also type it ("세번째"), so the course's places and the ordinals read it alike; apart, 세 and
    /// 번째 weighed 4 each as unknown words.</summary>
    private static string[] OrdinalsJoined(string[] words)
    {
        List<string>? result = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && OrdinalNumerals.Contains(words[i]) && words[i + 1].StartsWith("번째", StringComparison.Ordinal))
            {
                result ??= [.. words[..i]];
                result.Add(words[i] + words[++i]);
            }
            else
            {
                result?.Add(words[i]);
            }
        }

        return result is null ? words : [.. result];
    }

    // The numerals before 번째 in the ordinals above (두, 세 … 열) and 첫.
    private static readonly FrozenSet<string> OrdinalNumerals = OrdinalNumbers.Keys.Where(k => k.EndsWith("번째", StringComparison.Ordinal))
        .Select(k => k[..^2]).Append("첫").ToFrozenSet(StringComparer.Ordinal);

    // "first" and its Korean forms: 1 only beside a noun the guides label with 1 (OrdinalAt).
    private static readonly FrozenSet<string> FirstOrdinals = FrozenSet.ToFrozenSet(["first", "1st", "첫", "첫째", "첫번째"], StringComparer.Ordinal);

    /// <summary>The number the ordinal <paramref name="stem"/> (the <paramref name="r"/>th word, its particle stripped)
    /// names: from the second on always; "first"/첫번째 only when one of the next two words is a noun the guides write
    /// as a numbered label starting at 1 ("시나리오 1:", "Session 1:"), by itself or by a glossary synonym.</summary>
    private string? OrdinalAt(string[] all, int r, string stem) =>
        OrdinalNumbers.TryGetValue(stem, out var ordinal) ? ordinal
        : FirstOrdinals.Contains(stem) && Enumerable.Range(r + 1, 2).Any(n => n < all.Length && LabelledFromOne(all[n])) ? "1"
        : null;

    private bool LabelledFromOne(string word)
    {
        var noun = QueryText.StripParticle(word, minStem: 2);
        return _labelledFromOne.Contains(noun)
            || glossary.Match([noun], 0) is { Length: 1 } match && glossary.Groups[match.Group].Any(t => t is [var term] && _labelledFromOne.Contains(term));
    }

    // The nouns the guides write as the label of a part numbered from 1 ("시나리오 1: 급격한 트래픽 증가", "Session 1: …",
    // "Day 1: …"), lower case.
    private readonly FrozenSet<string> _labelledFromOne = units.Units.SelectMany(u => LabelOne().Matches(u.Text).Select(m => m.Groups[1].Value.ToLowerInvariant()))
        .ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\w-])([A-Za-z]+|[가-힣]+) 1:")]
    private static partial Regex LabelOne();

    /// <summary>"lab5" → "lab 5", "day1" → "day 1" when the guides write the word apart from its number.</summary>
    private string SplitNumber(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[^(digits + 1)]))
        {
            digits++;
        }

        if (digits == 0 || digits == word.Length || units.IsLatinWord(word) || !word[..^digits].All(char.IsAsciiLetter))
        {
            return word;
        }

        var letters = word[..^digits];
        return units.IsLatinWord(letters) || glossary.IsTerm(letters) ? letters + " " + word[^digits..] : word;
    }

    /// <summary>The guides' or the glossary's word closest to an unknown Latin word that is not English (one edit for
    /// 4–7 letters, two from 8); else, for a long word (<see cref="EverydayTypoLength"/> letters or more) written in
    /// lower case, the everyday English word one edit away ("automaticaly" → automatically: a misspelling, not a name;
    /// "Spanner" is a name, not "scanner"); else null.</summary>
    private string? Correct(string word, bool writtenAsName)
    {
        // An English word is not a typo of a guide word ("matter" is not "master", "hopping" is not "hoping").
        if (word.Length < 4 || units.IsLatinWord(word) || glossary.IsTerm(word) || word.Any(char.IsDigit) || EnglishWords.IsEnglish(word))
        {
            return null;
        }

        // Two words the guides write apart, typed together as identifiers are ("apiserver" → "api server").
        if (_pairsWrittenTogether.TryGetValue(word, out var pair))
        {
            return pair;
        }

        // A long word one slip (a letter added, dropped, changed, or two neighbours swapped) from exactly one guide word
        // is that word, even when it shares the word's stem: "kubernets" is kubernetes, "ansibel" ansible.
        if (word.Length >= SingleSlipLength && OnlyWordOneSlipAway(word) is { } meant)
        {
            return meant;
        }

        // Otherwise a word whose stem the guides write is read by its stem.
        if (Rarity(word) > 0)
        {
            return null;
        }

        return Closest(word, word.Length >= 8 ? 2 : 1, _latinTypos.ByLength)
            ?? (word.Length >= EverydayTypoLength && !writtenAsName ? Closest(word, 1, EnglishWords.ByLength) : null);
    }

    /// <summary>Shortest misspelling read as an everyday English word: shorter words are often names one letter away
    /// from one ("redux", "vite").</summary>
    private const int EverydayTypoLength = 7;

    /// <summary>Shortest word read as the one guide word a single slip away: shorter words are a slip from too many.</summary>
    private const int SingleSlipLength = 6;

    /// <summary>The one guide or glossary word (same first letter) a single slip from <paramref name="word"/>, or null
    /// when none or several are: the candidates sharing a deletion key with it (<see cref="_latinTypos"/>, a few hash
    /// lookups), each confirmed by <see cref="OneSlipApart"/>.</summary>
    private string? OnlyWordOneSlipAway(string word)
    {
        string? only = null;
        foreach (var key in DeletionKeys(word))
        {
            if (!_latinTypos.BySlip.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (candidate[0] == word[0] && OneSlipApart(word, candidate))
                {
                    if (only is not null && only != candidate)
                    {
                        return null;
                    }

                    only = candidate;
                }
            }
        }

        return only;
    }

    /// <summary>A word and the word with each letter left out in turn (a deletion neighbourhood, SymSpell-style): two
    /// words one letter added, dropped or changed, or two neighbours swapped, apart share one of these keys.</summary>
    internal static IEnumerable<string> DeletionKeys(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by one letter added, dropped or changed, or
    /// two neighbouring letters swapped (one pass over the words).</summary>
    internal static bool OneSlipApart(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        if (b.Length - a.Length > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length < b.Length)
        {
            return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
        }

        if (i == a.Length)
        {
            return false; // the same word
        }

        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
    }

    private static string? Closest(string word, int allowed, IReadOnlyDictionary<int, string[]> byLength)
    {
        string? best = null;
        var bestDistance = allowed + 1;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            if (!byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (candidate[0] != word[0])
                {
                    continue;
                }

                var d = Conversation.Text.SlipDistance(word, candidate, allowed);
                if (d < bestDistance)
                {
                    (best, bestDistance) = (candidate, d);
                }
            }
        }

        return best;
    }

    /// <summary>The one word of the guides' link addresses (<see cref="AnswerIndex.AddressWords"/>) that starts or ends
    /// with <paramref name="word"/>, a Latin word of five letters or more, not an everyday English word, and three letters
    /// at least shorter; null when none or several do.</summary>
    private string? AddressWord(string word)
    {
        if (word.Length < 5 || !word.All(char.IsAsciiLetterLower) || EnglishWords.IsEveryday(word))
        {
            return null;
        }

        var found = units.AddressWords.Where(a => a.Length >= word.Length + 3 && (a.StartsWith(word, StringComparison.Ordinal) || a.EndsWith(word, StringComparison.Ordinal))).Take(2).ToArray();
        return found is [var one] && Rarity(one) > 0 ? one : null;
    }

    /// <summary>A Latin word that names a thing rather than describes one: it has digits (k6, vue3; a bare number, "200
    /// nodes", is a count, not a name), it is a part of a dotted name ("Next.js"), or it is not an
    /// everyday English word (kustomize, pulumi, gil). A less common English word is also often a name ("spark
    /// executor", "set up nomad", "swift actor"): it is a word only where English grammar marks it as one — inflected
    /// ("tweaks", "scaffolds": names are seldom inflected), right after an article, a determiner or a pronoun ("under
    /// the hood", "which southbound protocol", "we scaffold") or right before an article or a possessive, a verb taking its
    /// object ("to scaffold the operator") — in an English sentence and written in lower case (typed in a Korean sentence or with a
    /// capital, "GCP Cloud Spanner", it names something). A part of a hyphenated compound in such a sentence is a clipped
    /// everyday word ("on-prem"). Korean transliterations of foreign names are not told apart from other unknown Korean
    /// words.</summary>
    // An API version ("v2beta2") is a version of the thing named, not a name the guides leave out.
    private bool LooksLikeName(string word, string text) =>
        !QueryText.IsHangul(word[0]) && !word.All(char.IsDigit) && !QueryText.IsApiVersion(word) && (word.Any(char.IsDigit)
            || word.Split(' ') is var parts && (parts.Any(w => QueryText.InDottedName(text, w))
                || !parts.All(w => EnglishWords.IsEveryday(w) || ReadAsEnglish(w, text))));

    private bool ReadAsEnglish(string word, string text)
    {
        if (text.Any(QueryText.IsHangul) || QueryText.WrittenAsName(text, word))
        {
            return false;
        }

        // A part of a hyphenated compound ("on-prem") is a clipped everyday word, as the guides' answers read it.
        if (QueryText.InHyphenatedCompound(text, word))
        {
            return true;
        }

        // A word the lists leave out, made of an everyday word ("tradeoff", "thingy", the slip "teh").
        if (EnglishWords.IsMadeOfEveryday(word, glossary.Stopwords))
        {
            return true;
        }

        if (!EnglishWords.IsEnglish(word))
        {
            return false;
        }

        // Names are seldom inflected, nor made of a verb and its particle ("cleanup logic", "teardown steps").
        if (EnglishWords.IsInflected(word) || EnglishWords.IsPhrasalNoun(word))
        {
            return true;
        }

        // After a determiner it is a noun, an adjective or a verb — an adverb may stand between a subject and its verb
        // ("can i just slap", "we also scaffold") —; before an article or a possessive it is a verb taking its object
        // ("used to scaffold the simple operator", "tweak my config"): a name is not followed by one.
        var words = QueryText.Words(text);
        var at = Array.IndexOf(words, word);
        var before = at - 1;
        while (before > 0 && MidAdverbs.Contains(words[before]))
        {
            before--;
        }

        // After a linking verb it is an adjective ("autoscaling goes haywire"): a name is not what a thing becomes.
        return at >= 0 && ((before >= 0 && (Determiners.Contains(words[before]) || LinkingVerbs.Contains(words[before]))) || (at + 1 < words.Length && ObjectOpeners.Contains(words[at + 1])));
    }

    /// <summary>Two words that are one name, written together as the one word it is: "vs" with no thing before it to
    /// compare — the question opens with it or a determiner or preposition comes before it ("vs code 설치", "font size in vs code") —
    /// opens a name (VS Code, as "vscode"), not a comparison; and a name followed by a company's legal form ("hashicorp
    /// inc", "red hat corp") is the company, not the product or the two words. Read apart, "vs" was dropped as "versus"
    /// and "code" found the guides' code lines. Null for any other word.</summary>
    private string? OneName(string[] all, int r, bool[] placed)
    {
        if (r + 1 >= all.Length || placed[r + 1] || !IsLatinWord(all[r]) || !IsLatinWord(all[r + 1]))
        {
            return null;
        }

        // A determiner or a preposition ends no thing to compare; a phrasal verb's particle does ("scale out vs scale up").
        var functionBefore = r == 0 || Determiners.Contains(all[r - 1]) || Prepositions.Contains(all[r - 1]);
        if (all[r] == "vs" && functionBefore && !IsScaffolding(all[r + 1], out _) && !glossary.Stopwords.Contains(all[r + 1]))
        {
            return all[r] + all[r + 1];
        }

        return CompanyForms.Contains(all[r + 1]) && !IsScaffolding(all[r], out _) && !glossary.Stopwords.Contains(all[r]) ? all[r] + all[r + 1] : null;

        static bool IsLatinWord(string word) => word.Length > 1 && word.All(char.IsAsciiLetterLower);
    }

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["in", "on", "for", "with", "into", "from", "at", "by", "of", "to", "using"], StringComparer.Ordinal);

    // A company's legal form after its name (Inc., Corp., Ltd., LLC): never a word of its own in a question.
    private static readonly FrozenSet<string> CompanyForms = FrozenSet.ToFrozenSet(["inc", "corp", "corporation", "ltd", "llc"], StringComparer.Ordinal);

    // Verbs after which English puts an adjective: what a thing becomes or seems ("goes haywire", "became stale").
    private static readonly FrozenSet<string> LinkingVerbs = FrozenSet.ToFrozenSet(
        ["go", "goes", "went", "gone", "going", "become", "becomes", "became", "becoming", "seem", "seems", "seemed", "turn", "turns", "turned"],
        StringComparer.Ordinal);

    // Words that open a verb's object: articles and possessives ("scaffold the operator", "tweak my config").
    private static readonly FrozenSet<string> ObjectOpeners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "my", "your", "our", "their", "his", "its"], StringComparer.Ordinal);

    // Adverbs English puts between a subject and its verb ("i just slap", "we also tweak"); after "it" or "is" they are
    // not looked past ("is it just nomad": "it" is no determiner).
    private static readonly FrozenSet<string> MidAdverbs = FrozenSet.ToFrozenSet(
        ["just", "also", "even", "really", "simply", "actually", "usually", "always", "never", "still", "then"], StringComparer.Ordinal);

    // Words after which English puts a noun, an adjective or a verb ("which southbound protocol", "we scaffold"), not a
    // bare name.
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "this", "that", "these", "those", "we", "you", "i", "they", "he", "she", "some", "any", "each", "every", "which", "what", "whose"],
        StringComparer.Ordinal);
}
