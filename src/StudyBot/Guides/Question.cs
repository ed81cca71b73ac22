using System.Collections.Frozen;

namespace StudyBot.Guides;

/// <summary>What kind of answer the question's scaffolding asks for; lines of that kind are preferred.</summary>
public enum AnswerHint
{
    None,

    /// <summary>몇 / 얼마 / how many / how much: a line with a number.</summary>
    Number,

    /// <summary>언제 / 주기 / how often / how long / what day: a line with a day, duration or time.</summary>
    Time,

    /// <summary>어떤 도구 / 뭘로 / 이름 / which tool / called: a line naming things (Latin names).</summary>
    Name,

    /// <summary>뭐뭐 / 말고 / 또 / what else / besides / list: the whole short list around the line that matches.</summary>
    List,

    /// <summary>정의 / 뜻 / 의미 / 개념 / definition / meaning / "what is X": the section named by the question's topic,
    /// whose opening lines define it.</summary>
    Definition,
}

/// <summary>How a question word relates to the guides' vocabulary (the off-topic signal).</summary>
public enum WordOrigin
{
    /// <summary>The guides use the word (or, through the glossary, one of its other names).</summary>
    Guide,

    /// <summary>A Latin word the guides never use that looks like a name (mixed case, digits, an acronym, or not an
    /// everyday English word): off-topic questions are usually about such a thing.</summary>
    ForeignName,

    /// <summary>Any other word the guides never use (everyday words, nouns of other topics).</summary>
    Unknown,

    /// <summary>A Korean verb or adjective form the guides never use (찾아내는거야, 해봄): how the question is asked rather
    /// than what it is about; weighs little and is never the question's topic.</summary>
    Predicate,
}

/// <summary>One idea of a question.</summary>
/// <param name="Text">The learner's word(s), normalised, endings stripped.</param>
/// <param name="Alternatives">The learner's word first, then the glossary's other names for it.</param>
/// <param name="Origin">Whether the guides know it.</param>
/// <param name="Weight">How much the idea counts: the inverse document frequency of its rarest known form over the guides'
/// units, or a fixed weight for a word the guides never use (see <see cref="AnswerTuning"/>).</param>
/// <param name="Glossary">The glossary entries that fired for it (for the log), empty when none.</param>
public sealed record QuestionConcept(string Text, IReadOnlyList<string> Alternatives, WordOrigin Origin, double Weight, IReadOnlyList<string> Glossary)
{
    /// <summary>For a place in the course the question names ("1주차", "day 5", "first couple of months"): the sections
    /// the roadmap puts there (<see cref="CourseMap"/>). Their headings count as having the idea, so their lines and
    /// sub-sections have it as they have a heading's words; empty for an idea made of words.</summary>
    public IReadOnlyList<int> Sections { get; init; } = [];

    /// <summary>For a place in the course: the lines that write that same place themselves, a range as the question
    /// does ("Day 3-4: 구현 및 테스트" for "day 3-4"), wherever they are — they have the idea as the headings of
    /// <see cref="Sections"/> do. Empty for an idea made of words.</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];

    /// <summary>For a part the question names by a label the guides' headings number ("session 3", "lab 5"): true; its
    /// <see cref="Sections"/> are the sections whose heading writes that label with that number.</summary>
    public bool NumberedPart { get; init; }

    /// <summary>How many words <see cref="Text"/> is (apart by spaces): "service mesh" is two.</summary>
    public int WordCount => Text.AsSpan().Count(' ') + 1;

    /// <summary>The glossary's longer words that start with one of <see cref="Alternatives"/> but are in none of its
    /// groups (<see cref="Glossary.LongerApart"/>: 스케줄링 for 스케줄): a line has the idea only where it writes the word
    /// other than as the start of these.</summary>
    public IReadOnlyList<string> Apart { get; init; } = [];

    /// <summary>A short form of an English word the glossary gives and the guides never write ("dir", "vuln", "nic"): a
    /// term of its own, but not the name of a product the guides leave out — a word read as a name that has a
    /// <see cref="LongForm"/>.</summary>
    public bool ShortForm => Origin == WordOrigin.ForeignName && LongForm is not null;

    /// <summary>The English word of its glossary group a lower-case word is a short form of ("msg" message, "cfg"
    /// configure), or null: what the learner means, for reading it as an everyday word or not.</summary>
    public string? LongForm { get; init; }

    /// <summary>A piece of a word the learner wrote glued to the piece before it ("가상환경" → 가상 · 환경: 환경): one
    /// word of the question, with the idea before it, where words are counted (<see cref="AnswerEngine.Concentrated"/>).</summary>
    public bool Glued { get; init; }
}

/// <summary>A question as the answer engine reads it: its ideas (scaffolding removed), and the answer-type hint the
/// scaffolding carried.</summary>
public sealed record Question(string Text, IReadOnlyList<QuestionConcept> Concepts, AnswerHint Hint)
{
    /// <summary>The measure a question asking a number names — the counter after 몇 ("몇점", "몇 명", "몇 주"), the noun after
    /// "how many" ("how many points") — as the counter the guides glue to digits ("(8점)", "100명", "2주"), or null: a line
    /// giving a number of that measure is what is asked, a line with another number is not. Not an idea of its own.</summary>
    public string? Unit { get; init; }

    public double TotalWeight => Concepts.Sum(c => c.Weight);

    /// <summary>Whether the question asks where a thing or its name comes from (<see cref="Origins.Asked"/>): a line telling
    /// an origin is then what fits, not any line naming a thing.</summary>
    public bool AsksOrigin => Origins.Asked(Text);

    /// <summary>What the question is about: its first idea that is not a predicate, or null. A Korean determiner or
    /// possessive the question opens with ("우리 팀이 AWS에서 …", "마지막 팀 과제에서 …") points at the word after it
    /// and names nothing: the topic is the idea after it (when there is one). A Hangul word the guides never use that ends
    /// as a verb or adjective form does (<see cref="KoreanWords.EndsLikePredicate"/>: "과하게 나눠준 자원", "쓰자고") says
    /// what is done, never what about: it is passed over as a predicate is (<see cref="Predicative"/>). A word the guides
    /// never use right after 우리 or 저희 ("우리 회사가 …", "저희 집은 …") is the learner's own setting, not what is asked
    /// about: the topic is the idea after it (when there is one).</summary>
    public QuestionConcept? Topic =>
        AfterScene()
        ?? Concepts.Where((c, i) => !Predicative(c) && !Points(c) && !OwnSetting(i)).FirstOrDefault()
        ?? Concepts.FirstOrDefault(c => !Predicative(c) && !Points(c))
        ?? Concepts.FirstOrDefault(c => !Predicative(c));

    private bool OwnSetting(int i) =>
        i > 0 && Concepts[i].Origin == WordOrigin.Unknown && QueryText.IsHangul(Concepts[i].Text[0])
        && KoreanWords.IsFirstPersonPlural(Concepts[i - 1].Text);

    /// <summary>The first idea after the scene the question opens with, when it is a word the guides use: a clause opened
    /// by a determiner or possessive ("우리 회사가 …", "이번 분기에 …") and closed by a background connective, -는데 or -ㄴ데
    /// ("… 넘어갈까 고민중인데, 장비 선투자 없는 거 말고 …", "… 클러스터 맡게 됐는데, 컨트롤 플레인 …") tells where the
    /// learner stands, and what is asked follows it. Null otherwise — also when the idea after the scene is one the guides
    /// never use ("… 맡게 됐는데, 오라클 DB 백업은 …"), or an everyday word of the question's own ("… 설계하는데, 한 곳에서
    /// 터진 장애가 …"): the topic is then read as without a scene.</summary>
    private QuestionConcept? AfterScene()
    {
        if (Concepts.Count < 3 || !(KoreanWords.IsFirstPersonPlural(Concepts[0].Text) || Points(Concepts[0])) || SceneEnd(Text) is not (> 0 and var end))
        {
            return null;
        }

        var after = Concepts.FirstOrDefault(c => !Predicative(c) && !Points(c) && QueryText.FindWord(Text, c.Text) >= end);
        return after?.Origin == WordOrigin.Guide ? after : null;
    }

    /// <summary>Whether an idea is a word of the scene the question opens with (see <see cref="AfterScene"/>): where the
    /// learner stands ("우리 팀 플레이북에 디비 비번이 평문으로 박혀 있는데, …"), not what is asked — when the scene is read as
    /// one, the topic a word the guides use after it. The scene is read once; the test returned reads each idea — null when
    /// the question opens with no scene (the topic is then read as without one).</summary>
    public Func<QuestionConcept, bool>? InScene()
    {
        var end = AfterScene() is null ? 0 : SceneEnd(Text);
        return end > 0 ? concept => QueryText.FindWord(Text, concept.Text) is >= 0 and var at && at < end : null;
    }

    /// <summary>Whether an idea is one the question sets aside (<see cref="QueryText.SetAsideSpans"/>: "ELK 말고", "besides
    /// CRDs", "(not the broken challenge one)"): a thing the learner already knows or leaves out, which points at where the
    /// answer is but is not what is asked. With <paramref name="ruledOut"/> only the ideas the question says the answer is
    /// not ("(not the broken challenge one)"). The stretches are read once; the test returned reads each idea — null when
    /// the question sets nothing aside.</summary>
    public Func<QuestionConcept, bool>? SetAside(bool ruledOut = false)
    {
        var spans = QueryText.SetAsideSpans(Text);
        return spans.Exists(s => s.RuledOut || !ruledOut)
            ? concept => QueryText.FindWord(Text, concept.Text) is >= 0 and var at && QueryText.InSpans(spans, at, ruledOut)
            : null;
    }

    /// <summary>Where the question's opening clause ends: just after the first word ending in a background connective
    /// (<see cref="KoreanWords.EndsBackground"/>), or 0 when there is none before the last word.</summary>
    private static int SceneEnd(string text)
    {
        var words = text.Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        for (var w = 0; w < words.Length - 1; w++)
        {
            at = text.IndexOf(words[w], at, StringComparison.Ordinal) + words[w].Length;
            if (KoreanWords.EndsBackground(words[w]))
            {
                return at;
            }
        }

        return 0;
    }

    /// <summary>Whether a name question (<see cref="AnswerHint.Name"/>) asks what a described thing is called — its name,
    /// term or acronym ("패턴 이름 뭐였지", "영어로 뭐라고", "what's it called", "the term for") — rather than which of the
    /// guide's things (which tools, 어떤 도구): the learner then describes the thing in words the guides need not write
    /// ("cleanup before deletion" for the Finalizer), which a glossary description of the thing reads whole.</summary>
    public bool AsksWhatCalled => Hint == AnswerHint.Name
        && QueryText.Words(Text).Any(w => Called.Contains(w) || CalledStems.Any(stem => w.StartsWith(stem, StringComparison.Ordinal)));

    /// <summary>The English words that ask for a thing's name, not which one: among the name question's own words
    /// (QuestionReader's scaffolding), where "which", "who" and "full" ask which one.</summary>
    internal const string CalledWords = "called name named term acronym abbreviation stand stands wording";

    private static readonly FrozenSet<string> Called = FrozenSet.ToFrozenSet(CalledWords.Split(' '), StringComparer.Ordinal);

    /// <summary>The Hangul words that ask for a name, as any particle or ending glued after them (이름이, 뭐라고, 부르더라).</summary>
    private static readonly string[] CalledStems = ["이름", "명칭", "용어", "약자", "약어", "풀네임", "뭐라", "부르", "불러", "영어로"];

    /// <summary>Whether <paramref name="concept"/> says what is done rather than naming a thing: a predicate, or a Hangul
    /// word the guides never use that ends as one (<see cref="KoreanWords.EndsLikePredicate"/>).</summary>
    public static bool Predicative(QuestionConcept concept) =>
        concept.Origin == WordOrigin.Predicate || (concept.Origin == WordOrigin.Unknown && KoreanWords.EndsLikePredicate(concept.Text));

    // Korean determiners and possessives: they pick out which one of the next word's thing, never what it is.
    private static readonly FrozenSet<string> Pointers = FrozenSet.ToFrozenSet(
        [.. KoreanWords.FirstPersonPlural, "내", "제", "마지막", "이번", "다음", "지난", "저번", "첫", "다른", "어느", "무슨"], StringComparer.Ordinal);

    private static bool Points(QuestionConcept concept) => concept.Origin != WordOrigin.Guide && Pointers.Contains(concept.Text);

    /// <summary>The idea the question opens with as its setting, marked by 에서 ("테라폼에서 환경 나눠 쓰는 기능",
    /// "MSA에서는 …"), by (으)로, the thing it is done with ("테라폼으로 dev/prod 나눠서 …", "keycloak으로 로그인 붙일때 …"),
    /// or by a predicate's ㄹ form before 때, "when learning / using it" ("테라폼 배울 때 …", "argo 쓸 때 …", "그알피씨
    /// 공부할 때 …"): the rest is asked of that thing, so the answer is where the guides write of it. Its index in
    /// <see cref="Concepts"/>, or -1.</summary>
    public int Scope
    {
        get
        {
            var opening = Opening(4);
            var first = opening[0].ToLowerInvariant();
            var particle = Array.Find(ScopeParticles, p => first.EndsWith(p, StringComparison.Ordinal));
            string stem;
            if (particle is not null && first.Length > particle.Length)
            {
                stem = first[..^particle.Length];
            }
            else if (opening.Length > 2 && WhenDoing(opening[1], opening[2]))
            {
                stem = first.Length > 1 && first[^1] is '을' or '를' ? first[..^1] : first;
            }
            else if (Array.Find(MeansParticles, p => first.EndsWith(p, StringComparison.Ordinal)) is { } means && first.Length > means.Length + 1)
            {
                stem = first[..^means.Length];
            }
            else
            {
                return -1;
            }

            // The idea keeps the word as typed when the glossary read the term inside it ("구글클라우드에선" as gcp), so that
            // whole word is the setting too; a word the guides write with its particle ("팀에서") is only that word.
            return OpeningIdea(stem, first);
        }
    }

    /// <summary>The idea the question opens with as its label, a guide term before a colon ("terraform: the feature for
    /// running one config against several envs …"): the learner names the thing first and asks of it, as with 에서
    /// (<see cref="Scope"/>), but the label is not taken out of the question's topic. Its index in
    /// <see cref="Concepts"/>, or -1.</summary>
    public int Label
    {
        get
        {
            var first = Opening(2)[0];
            return first.Length < 2 || first[^1] != ':' ? -1 : OpeningIdea(first[..^1]);
        }
    }

    /// <summary>The question's first <paramref name="count"/> words as typed (NFKC, split at spaces; the last holds the rest).</summary>
    private string[] Opening(int count) => Text.Normalize(System.Text.NormalizationForm.FormKC).TrimStart().Split(' ', count);

    /// <summary>The index in <see cref="Concepts"/> of the guide idea (no part of the guides' own) the opening word
    /// <paramref name="stem"/> names, or — when the glossary read a term inside it — the idea kept as the whole word
    /// <paramref name="written"/>; -1 when none (see <see cref="Scope"/>, <see cref="Label"/>).</summary>
    private int OpeningIdea(string stem, string? written = null)
    {
        for (var k = 0; k < Concepts.Count; k++)
        {
            if (Concepts[k].Origin == WordOrigin.Guide && Concepts[k].Sections.Count == 0
                && (string.Equals(Concepts[k].Text, stem, StringComparison.OrdinalIgnoreCase)
                    || (written is not null && Concepts[k].Glossary.Count > 0 && string.Equals(Concepts[k].Text, written, StringComparison.OrdinalIgnoreCase))))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The particle of the thing a setting is done with ("with", "by": 테라폼으로), longest first.</summary>
    private static readonly string[] MeansParticles = ["으로", "로"];

    /// <summary>Whether two words are a predicate in its ㄹ form before 때 ("배울 때", "쓸때", "공부할 때"): "when doing" the
    /// word before them.</summary>
    private static bool WhenDoing(string verb, string next)
    {
        var glued = verb.EndsWith('때') && verb.Length > 1;
        var form = glued ? verb[..^1] : verb;
        if (!glued && !next.StartsWith('때'))
        {
            return false;
        }

        return form.Length > 0 && KoreanWords.IsSyllable(form[^1]) && KoreanWords.Final(form[^1]) == KoreanWords.FinalRieul;
    }

    /// <summary>The particle of a setting ("in", "at"), longest first.</summary>
    private static readonly string[] ScopeParticles = ["에서는", "에서도", "에서", "에선"];
}
