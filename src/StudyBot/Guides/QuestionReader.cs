using System.Collections.Frozen;

namespace StudyBot.Guides;

/// <summary>Reads a learner's question into <see cref="Question"/> ideas against the guides' vocabulary: words split
/// at spaces, punctuation and script changes; question scaffolding (뭐야, 어떻게, 알려줘, what, how, which …) removed
/// but kept as an answer-type hint (몇/how many → a number, 언제/how often → a time, 어떤 도구/which tool → names);
/// Korean endings and particles stripped where the stem is a word of the guides ("찾아내는거야" → "찾아내",
/// "클라우드가뭐야" → "클라우드"); words written together split into guide words ("최종프로젝트" → 최종 · 프로젝트);
/// English typos corrected to the guides' words ("promethus" → prometheus); glossary terms (curated and derived from
/// the guides) recognised with their other names; each idea weighed by how rare it is in the guides, and a word the
/// guides never use weighed by what it looks like (a foreign name weighs much).</summary>
public sealed class QuestionReader(Glossary glossary, AnswerIndex units, AnswerTuning tuning)
{
    // Whole words that only shape the question. The value is the answer type they ask for, if any.
    private static readonly FrozenDictionary<string, AnswerHint> Scaffolding = new Dictionary<string, AnswerHint>
    {
        // Korean
        ["뭐"] = 0, ["머"] = 0, ["뭐야"] = 0, ["머야"] = 0, ["뭐임"] = 0, ["머임"] = 0, ["뭐지"] = 0, ["뭐였지"] = 0, ["머였지"] = 0, ["뭐더라"] = 0,
        ["뭐였더라"] = 0, ["뭐라고"] = AnswerHint.Name, ["뭐라"] = AnswerHint.Name, ["뭐뭐"] = AnswerHint.List, ["뭐뭐임"] = AnswerHint.List, ["뭐뭐야"] = AnswerHint.List, ["뭔가요"] = 0, ["뭐예요"] = 0,
        ["뭐에요"] = 0, ["뭔지"] = 0, ["무엇"] = 0, ["무엇인가요"] = 0, ["무엇인지"] = 0, ["무슨"] = AnswerHint.Name, ["어떤"] = AnswerHint.Name, ["어떻게"] = 0,
        ["어케"] = 0, ["어떡해"] = 0, ["어디"] = 0, ["어디서"] = 0, ["어디임"] = 0, ["어느"] = AnswerHint.Name, ["언제"] = AnswerHint.Time, ["왜"] = 0, ["왜요"] = 0,
        ["알려줘"] = 0, ["알려주세요"] = 0, ["알려줄래"] = 0, ["알려"] = 0, ["설명"] = 0, ["설명해줘"] = 0, ["설명해"] = 0, ["해줘"] = 0, ["해주세요"] = 0, ["좀"] = 0,
        ["그"] = 0, ["이"] = 0, ["저"] = 0, ["그거"] = 0, ["이거"] = 0, ["저거"] = 0, ["것"] = 0, ["거"] = 0, ["뭘"] = 0, ["뭘로"] = AnswerHint.Name, ["뭐로"] = AnswerHint.Name,
        ["혹시"] = 0, ["근데"] = 0, ["그럼"] = 0, ["그러면"] = 0, ["그리고"] = 0, ["아"] = 0, ["음"] = 0, ["있잖아"] = 0, ["있어"] = 0, ["있어요"] = 0, ["있음"] = 0,
        ["있나요"] = 0, ["있나"] = 0, ["있냐"] = 0, ["있었음"] = 0, ["있었지"] = 0, ["있었는데"] = 0, ["나와"] = 0, ["나와요"] = 0, ["나옴"] = 0, ["나와있어"] = 0,
        ["돼"] = 0, ["되나요"] = 0, ["됨"] = 0, ["돼요"] = 0, ["되는지"] = 0, ["되냐"] = 0, ["하나요"] = 0, ["해요"] = 0, ["함"] = 0, ["해"] = 0, ["했지"] = 0,
        ["했어"] = 0, ["하래"] = 0, ["하라고"] = 0, ["인가요"] = 0, ["인가"] = 0, ["임"] = 0, ["이야"] = 0, ["야"] = 0, ["요"] = 0, ["정리"] = 0, ["정리해줘"] = 0,
        ["궁금"] = 0, ["궁금해"] = 0, ["궁금해요"] = 0, ["대해"] = 0, ["대해서"] = 0, ["관련"] = 0, ["관련해서"] = 0, ["내용"] = 0, ["가이드"] = 0, ["싶어"] = 0,
        ["싶어요"] = 0, ["주세요"] = 0, ["뭐가"] = 0, ["배우는"] = 0, ["배워"] = 0, ["배움"] = 0, ["배워요"] = 0, ["배우래"] = 0, ["몇"] = AnswerHint.Number,
        ["얼마"] = AnswerHint.Number, ["얼마나"] = AnswerHint.Number, ["며칠"] = AnswerHint.Number, ["말고"] = AnswerHint.List, ["또"] = AnswerHint.List, ["외에"] = AnswerHint.List, ["말이야"] = 0,
        ["거야"] = 0, ["건가"] = 0, ["건가요"] = 0, ["거임"] = 0, ["거지"] = 0, ["적혀있어"] = AnswerHint.Name, ["적혀있음"] = AnswerHint.Name,
        ["써있어"] = AnswerHint.Name, ["써있음"] = AnswerHint.Name, ["돼있어"] = 0, ["돼있음"] = 0, ["되어있어"] = 0, ["부분"] = 0, ["파트"] = 0, ["항목"] = 0,
        ["ㅇㅇ"] = 0, ["ㅋㅋ"] = 0, ["헷갈리네"] = 0, ["다른"] = AnswerHint.List, ["쓰는"] = 0, ["써"] = 0, ["씀"] = 0, ["써요"] = 0, ["쓰래"] = 0, ["하는"] = 0, ["하면"] = 0,
        ["되는"] = 0, ["풀네임"] = AnswerHint.Name, ["약자"] = AnswerHint.Name, ["정식"] = AnswerHint.Name, ["명칭"] = AnswerHint.Name,
        ["세가지"] = AnswerHint.List, ["목록"] = AnswerHint.List, ["이름"] = AnswerHint.Name, ["주기"] = AnswerHint.Time, ["간격"] = AnswerHint.Time,

        // English
        ["what"] = 0, ["whats"] = 0, ["what's"] = 0, ["which"] = AnswerHint.Name, ["who"] = AnswerHint.Name, ["how"] = 0, ["why"] = 0, ["when"] = AnswerHint.Time,
        ["where"] = 0, ["do"] = 0, ["does"] = 0, ["did"] = 0, ["i"] = 0, ["me"] = 0, ["my"] = 0, ["we"] = 0, ["you"] = 0, ["your"] = 0, ["can"] = 0,
        ["could"] = 0, ["should"] = 0, ["would"] = 0, ["tell"] = 0, ["explain"] = 0, ["about"] = 0, ["please"] = 0, ["show"] = 0, ["give"] = 0, ["is"] = 0,
        ["are"] = 0, ["was"] = 0, ["were"] = 0, ["the"] = 0, ["a"] = 0, ["an"] = 0, ["of"] = 0, ["to"] = 0, ["in"] = 0, ["on"] = 0, ["for"] = 0, ["and"] = 0,
        ["or"] = 0, ["with"] = 0, ["it"] = 0, ["its"] = 0, ["this"] = 0, ["that"] = 0, ["these"] = 0, ["those"] = 0, ["be"] = 0, ["vs"] = 0, ["versus"] = 0,
        ["there"] = 0, ["any"] = 0, ["many"] = AnswerHint.Number, ["much"] = AnswerHint.Number, ["often"] = AnswerHint.Time, ["long"] = AnswerHint.Time,
        ["called"] = AnswerHint.Name, ["name"] = AnswerHint.Name, ["named"] = AnswerHint.Name, ["else"] = AnswerHint.List, ["besides"] = AnswerHint.List, ["other"] = AnswerHint.List, ["again"] = 0,
        ["guide"] = 0, ["guides"] = 0, ["mentioned"] = 0, ["listed"] = 0, ["say"] = 0, ["says"] = 0, ["said"] = 0, ["exactly"] = 0, ["actually"] = 0,
        ["just"] = 0, ["also"] = 0, ["get"] = 0, ["got"] = 0, ["thing"] = 0, ["things"] = 0, ["stuff"] = 0, ["part"] = 0, ["kind"] = 0, ["kinds"] = 0,
        ["way"] = 0, ["like"] = 0, ["some"] = 0, ["if"] = 0, ["than"] = 0, ["then"] = 0, ["from"] = 0, ["into"] = 0, ["at"] = 0, ["by"] = 0, ["as"] = 0,
        ["so"] = 0, ["stand"] = AnswerHint.Name, ["stands"] = AnswerHint.Name, ["full"] = AnswerHint.Name, ["acronym"] = AnswerHint.Name, ["abbreviation"] = AnswerHint.Name, ["list"] = AnswerHint.List, ["all"] = AnswerHint.List, ["not"] = 0, ["no"] = 0, ["yes"] = 0, ["one"] = 0, ["ones"] = 0, ["u"] = 0, ["pls"] = 0, ["plz"] = 0,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Korean endings, scaffolding glued to a word, and particles, longest first: stripped from a word's end when what
    // remains is a word of the guides (so a noun ending in a particle-like syllable stays whole).
    private static readonly string[] Endings =
    [
        "이었더라", "였더라", "이었지", "였지", "였나", "이었나", "인거야", "인거임", "인거지", "는거야", "는거임", "는거지", "는건가", "은거야", "한거야",
        "한거임", "하는거", "하는데", "하는지", "해야돼", "해야해", "해야됨", "하려면", "할때는", "할때", "할수", "해서", "해도", "했어", "했지", "했나",
        "하래", "하라고", "으라고", "이라고", "라고", "하는", "하고", "하기", "하지", "해줘", "해요", "뭐야", "뭐임", "뭐지", "머임", "머야", "뭐였지", "뭐더라", "뭐라고", "뭐뭐",
        "인가요", "인가", "인데", "이에요", "예요", "이야", "이랑", "이고", "이며", "이나", "나요", "까요", "에서는", "으로는", "에서도", "에게서", "이라는",
        "이란", "에서", "으로", "에게", "까지", "부터", "처럼", "보다", "라는", "로는", "에는", "한테", "마다", "별로", "대로", "끼리", "거야", "거임",
        "해", "함", "됨", "돼", "임", "음", "거", "랑", "은", "는", "이", "가", "을", "를", "에", "로", "와", "과", "의", "도", "만", "란", "나", "요",
        "지", "게", "고", "별", "씩", "께",
    ];

    public Question Read(string text)
    {
        var hint = AnswerHint.None;
        var words = new List<string>();
        foreach (var raw in QueryText.Words(text))
        {
            if (Scaffolding.TryGetValue(raw, out var h) || Scaffolding.TryGetValue(QueryText.StripParticle(raw, minStem: 1), out h))
            {
                hint = Combine(hint, h);
                continue;
            }

            if (QueryText.IsHangul(raw[0]))
            {
                if (raw.StartsWith('몇'))
                {
                    hint = AnswerHint.Number; // 몇개, 몇명, 몇점, 몇기가에
                    continue;
                }

                foreach (var piece in Segment(raw))
                {
                    if (Scaffolding.TryGetValue(piece, out var ph))
                    {
                        hint = Combine(hint, ph);
                    }
                    else
                    {
                        words.Add(piece);
                    }
                }
            }
            else if (!glossary.Stopwords.Contains(raw) && (raw.Length > 1 || char.IsDigit(raw[0])))
            {
                // A single letter ("E랑 L이랑 K") names nothing on its own.
                words.Add(SplitNumber(raw));
            }
        }

        var concepts = new List<QuestionConcept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count;)
        {
            if (glossary.MatchAll(words, i) is { } match)
            {
                var own = string.Join(' ', words.Skip(i).Take(match.Length));
                var alternatives = match.Groups.SelectMany(g => glossary.Groups[g]).Select(t => string.Join(' ', t)).Where(t => t != own).Distinct().Prepend(own).ToArray();
                if (seen.Add(own))
                {
                    concepts.Add(Concept(own, alternatives, match.Groups.Select(g => glossary.Labels[g]).ToArray()));
                }

                i += match.Length;
                continue;
            }

            var word = words[i];
            if (!QueryText.IsHangul(word[0]) && Correct(word) is { } corrected && corrected != word)
            {
                word = corrected;
                if (glossary.MatchAll([word], 0) is { Length: 1 } fixedMatch)
                {
                    var alternatives = fixedMatch.Groups.SelectMany(g => glossary.Groups[g]).Select(t => string.Join(' ', t)).Where(t => t != word).Distinct().Prepend(word).ToArray();
                    if (seen.Add(word))
                    {
                        concepts.Add(Concept(word, alternatives, fixedMatch.Groups.Select(g => glossary.Labels[g]).ToArray()));
                    }

                    i++;
                    continue;
                }
            }

            if (seen.Add(word) && !glossary.Stopwords.Contains(word))
            {
                concepts.Add(Concept(word, [word], []));
            }

            i++;
        }

        return new Question(text, concepts, hint);
    }

    // "what else" asks for the rest of a list whatever else the question asks; otherwise the first hint counts.
    private static AnswerHint Combine(AnswerHint current, AnswerHint next) =>
        next == AnswerHint.List || current == AnswerHint.None ? next : current;

    private QuestionConcept Concept(string own, IReadOnlyList<string> alternatives, IReadOnlyList<string> fired)
    {
        // The weight of an idea is the rarity of its rarest form the guides use; an idea the guides never name weighs
        // by what it looks like.
        // The learner's own word when the guides use it; else the mean rarity of the other names the guides use.
        var ownRarity = Rarity(own);
        var known = alternatives.Skip(1).Select(Rarity).Where(r => r > 0).ToArray();
        var idf = ownRarity > 0 ? ownRarity : known.Length > 0 ? known.Average() : 0;
        if (idf > 0)
        {
            return new QuestionConcept(own, alternatives, WordOrigin.Guide, idf, fired);
        }

        var origin = LooksLikeName(own) ? WordOrigin.ForeignName : WordOrigin.Unknown;
        return new QuestionConcept(own, alternatives, origin, origin == WordOrigin.ForeignName ? tuning.ForeignNameWeight : tuning.UnknownWordWeight, fired);
    }

    /// <summary>Inverse document frequency of a term over units (the mean over its words), 0 when a word is unknown.</summary>
    public double Rarity(string term)
    {
        var parts = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var total = 0.0;
        foreach (var part in parts)
        {
            var df = QueryText.IsHangul(part[0])
                ? units.HangulPostings(part).Length
                : LatinStems.Of(part).Select(s => units.LatinPostings(s).Length).DefaultIfEmpty(0).Min();
            if (df == 0)
            {
                return 0;
            }

            total += units.Idf(df);
        }

        return parts.Length == 0 ? 0 : total / parts.Length;
    }

    private bool Known(string word) =>
        word.Length >= 2 && (units.HasHangul(word) || glossary.IsTerm(word));

    /// <summary>Strips endings and particles while the stem is a guide word; otherwise the plain particle rule.</summary>
    private string Stem(string word)
    {
        for (var round = 0; round < 3 && !Known(word); round++)
        {
            var stripped = Endings.Where(e => word.Length - e.Length >= 2 && word.EndsWith(e, StringComparison.Ordinal))
                .Select(e => word[..^e.Length])
                .FirstOrDefault(Known);
            if (stripped is null)
            {
                // Scaffolding glued on ("클라우드가뭐야"): strip it and try again from what is left.
                var glued = Scaffolding.Keys.Where(s => s.Length >= 2 && QueryText.IsHangul(s[0]) && word.Length - s.Length >= 2 && word.EndsWith(s, StringComparison.Ordinal))
                    .OrderByDescending(s => s.Length)
                    .FirstOrDefault();
                if (glued is null)
                {
                    break;
                }

                word = word[..^glued.Length];
                continue;
            }

            word = stripped;
        }

        return Known(word) ? word : QueryText.StripParticle(word);
    }

    /// <summary>A Hangul word as guide words: its stem when that is a guide word; else the guide words written
    /// together in it ("한줄정의" → 한줄 · 정의, "최종프로젝트" → 최종 · 프로젝트); else the word without its particle.</summary>
    private IEnumerable<string> Segment(string word)
    {
        var stem = Stem(word);
        if (Known(stem) || word.Length < 3)
        {
            return [stem];
        }

        var pieces = Split(word).ToArray();
        return pieces.Length > 1 ? pieces : Split(stem);
    }

    /// <summary>A Hangul word the guides do not have, written together from guide words ("최종프로젝트" → 최종 ·
    /// 프로젝트, "체크주기" → 체크 · 주기): split only when every piece is a word a guide word starts with, question
    /// scaffolding or an ending — so "맛있게" or "드라마" are not cut into look-alike pieces.</summary>
    private IEnumerable<string> Split(string word) =>
        Pieces(word, 0) is { Count: > 1 } pieces ? pieces.Where(p => !IsEnding(p)) : [word];

    private List<string>? Pieces(string word, int depth)
    {
        if (word.Length == 0)
        {
            return [];
        }

        if (IsEnding(word))
        {
            return [word];
        }

        if (depth > 4)
        {
            return null;
        }

        for (var length = word.Length; length >= 2; length--)
        {
            var head = word[..length];
            if ((units.StartsWord(head) || glossary.IsTerm(head) || Scaffolding.ContainsKey(head)) && Pieces(word[length..], depth + 1) is { } rest)
            {
                rest.Insert(0, head);
                return rest;
            }
        }

        return null;
    }

    private static bool IsEnding(string text) => Endings.Contains(text, StringComparer.Ordinal);

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

    /// <summary>The guides' word closest to an unknown Latin word (one edit for 4–7 letters, two from 8), or null.</summary>
    private string? Correct(string word)
    {
        if (word.Length < 4 || units.IsLatinWord(word) || glossary.IsTerm(word) || word.Any(char.IsDigit) || Rarity(word) > 0)
        {
            return null;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = allowed + 1;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            if (!units.LatinWordsByLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (candidate[0] != word[0])
                {
                    continue;
                }

                var d = Conversation.Text.EditDistance(word, candidate);
                if (d < bestDistance)
                {
                    (best, bestDistance) = (candidate, d);
                }
            }
        }

        return best;
    }

    /// <summary>A Latin word that names a thing rather than describes one: it has digits (k6, vue3), or it is not an
    /// everyday English word (kustomize, pulumi, gil). Korean transliterations of foreign names are not told apart from
    /// other unknown Korean words.</summary>
    private static bool LooksLikeName(string word) =>
        !QueryText.IsHangul(word[0]) && (word.Any(char.IsDigit) || !word.Split(' ').All(EnglishWords.IsEveryday));
}
