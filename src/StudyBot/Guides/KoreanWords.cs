using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace StudyBot.Guides;

/// <summary>What a learner's Korean word is when the guides do not have it as written: a verb or adjective form
/// (찾아내는거야, 해봄, 올라가는거, 표기했음 — how the question is asked, not what it is about), a Sino-Korean noun with
/// 하다/되다 glued on (촉진하려고 → 촉진, 관리해주는 → 관리), or an English word written in Hangul (키클록 → keycloak,
/// 엘라스틱 → elastic, 카나리 → canary), matched to the guides' Latin words by their consonants. Every rule is a linear
/// scan of the word; nothing here knows an evaluation question.</summary>
public static class KoreanWords
{
    // A precomposed Hangul syllable (가–힣) is '\uAC00' + (initial × 21 + medial) × 28 + final: 19 initial consonants,
    // 21 vowels, 28 finals (0 = none). The one place that arithmetic is written.
    private const int Vowels = 21, FinalCount = 28;

    // The jamo the word forms test by number (here, and in Glossary and EnglishWords): the silent initial ㅇ, the finals
    // ㄴ, ㄹ, ㅁ and ㅇ.
    internal const int SilentIeung = 11, FinalNieun = 4, FinalRieul = 8, FinalMieum = 16, FinalIeung = 21;
    private const int InitialRieul = 5, InitialJieut = 12, InitialChieut = 14, InitialHieut = 18;

    /// <summary>True when <paramref name="c"/> is a precomposed Hangul syllable (가–힣), not a lone jamo.</summary>
    public static bool IsSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>The initial consonant of a Hangul syllable: 0 ㄱ, 1 ㄲ, 2 ㄴ … 11 ㅇ (silent) … 18 ㅎ.</summary>
    public static int Initial(char syllable) => (syllable - '\uAC00') / (Vowels * FinalCount);

    /// <summary>The vowel of a Hangul syllable: 0 ㅏ, 1 ㅐ … 19 ㅢ, 20 ㅣ.</summary>
    public static int Medial(char syllable) => (syllable - '\uAC00') / FinalCount % Vowels;

    /// <summary>The final consonant of a Hangul syllable: 0 none, 1 ㄱ, 4 ㄴ, 8 ㄹ … 27 ㅎ.</summary>
    public static int Final(char syllable) => (syllable - '\uAC00') % FinalCount;

    /// <summary>Whether <paramref name="particle"/> is a one-syllable case particle that may follow
    /// <paramref name="syllable"/>: 을 은 이 과 after a closed syllable, 를 는 가 와 after an open one, 로 after an open one
    /// or one closed by ㄹ, 의 에 도 랑 만 after any.</summary>
    public static bool ParticleFits(char syllable, char particle)
    {
        if (!IsSyllable(syllable))
        {
            return false;
        }

        var final = Final(syllable);
        return particle switch
        {
            '을' or '은' or '이' or '과' => final != 0,
            '를' or '는' or '가' or '와' => final == 0,
            '로' => final is 0 or FinalRieul,
            '의' or '에' or '도' or '랑' or '만' => true,
            _ => false,
        };
    }

    /// <summary>The final <paramref name="syllable"/> adds to the open syllable <paramref name="open"/> (할 is 하 with ㄹ):
    /// its number, 0 when they are the same syllable, or −1 when <paramref name="syllable"/> is not <paramref name="open"/>
    /// with a final.</summary>
    public static int FinalOn(char open, char syllable) =>
        IsSyllable(open) && Final(open) == 0 && IsSyllable(syllable) && syllable - Final(syllable) == open ? Final(syllable) : -1;

    /// <summary>Whether <paramref name="syllable"/> is the open stem syllable <paramref name="open"/> with the ending 아/어
    /// contracted into its vowel, the past ㅆ as its final or none: ㅜ+어 → ㅝ (바꾸 바꿔, 바꿨), ㅗ+아 → ㅘ (오 와), ㅚ+어 →
    /// ㅙ (되 돼) and 하+여 → 해 (했). Not ㅣ+어 → ㅕ (늘려, 돌려, 옮겨): read as 확장, 실행, 전환 those took right answers
    /// out of the top 3 on tuning material (2026-12-07: tune36, tune35, tune29 one each).</summary>
    public static bool ContractsWith(char open, char syllable) =>
        IsSyllable(open) && Final(open) == 0 && IsSyllable(syllable) && Initial(syllable) == Initial(open)
        && Final(syllable) is 0 or FinalSsangSios
        && ((MedialOf(open), MedialOf(syllable)) is ('ㅜ', 'ㅝ') or ('ㅗ', 'ㅘ') or ('ㅚ', 'ㅙ')
            || (open == '하' && syllable - Final(syllable) == '해'));

    /// <summary>A word with an aspirated final ㅋ, ㅌ or ㅍ written out as the syllable Korean spells English with
    /// ("네트웤" → 네트워크, "프레임웤" → 프레임워크, "웹훜" → 웹후크): loanword orthography never closes a syllable with
    /// them, so in an English word written in Hangul such a final is the next syllable typed into this one. Null when
    /// the word has no such final.</summary>
    public static string? AspiratedFinalSpelledOut(string word)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var initial = IsSyllable(c) ? Final(c) switch { 24 => 15, 25 => 16, 26 => 17, _ => -1 } : -1; // ㅋ ㅌ ㅍ
            if (initial < 0)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(word[..i]);
            sb.Append((char)(c - Final(c))).Append((char)('\uAC00' + ((initial * Vowels) + Eu) * FinalCount));
        }

        return sb?.ToString();
    }

    private const int Eu = 18; // the vowel ㅡ

    // Endings of verb and adjective forms as learners type them (colloquial endings included), longest first. A word that
    // the guides do not have and ends in one of these is a predicate.
    private static readonly string[] PredicateEndings =
    [
        "는거야", "는거임", "는건가", "는거지", "은거야", "은거임", "던거야", "던거임", "였던거", "었던거", "았던거", "하는거", "려면은",
        "는거", "은거", "던거", "한거", "할거", "는걸", "은걸", "던걸", "는게", "는지", "는데", "은데", "던데", "라고", "려고", "려면", "으면", "면서", "어서", "아서",
        "해서", "여서", "었음", "았음", "했음", "였음", "었어", "았어", "했어", "었지", "았지", "했지", "었나", "았나", "했나", "는다", "니까",
        "잖아요", "잖아", "잖음", "나요", "까요", "세요", "어요", "아요", "해요", "워요", "줘요", "하자", "해봄", "해봐", "봤어", "봤음", "할까", "을까", "는가", "냐고",
        "음", "함", "됨", "봄", "줌", "짐", "냐", "니", "래", "줘", "둬", "봐", "해", "돼", "워", "져", "자", "면",
    ];

    // 하다/되다 (and 시키다) forms that turn a noun into a verb: the noun before them is the idea.
    private static readonly string[] VerbHeads = ["하", "해", "했", "할", "한", "함", "되", "돼", "됐", "될", "된", "됨", "시키", "시켜", "시킨"];

    /// <summary>"We, our": the learner's own side of what is asked (also among <see cref="Question"/>'s pointers).</summary>
    internal static readonly string[] FirstPersonPlural = ["우리", "저희"];

    /// <summary>Whether <paramref name="word"/> is "we, our" (<see cref="FirstPersonPlural"/>).</summary>
    public static bool IsFirstPersonPlural(string word) => Array.IndexOf(FirstPersonPlural, word) >= 0;

    /// <summary>Whether <paramref name="word"/> (laughter and punctuation after it aside: "꼬였는데ㅋㅋ") ends in the
    /// background connective -는데 or -ㄴ데 ("고민중인데", "됐는데", "하는데", "좋은데", "그랬던데"): the clause it closes sets the
    /// scene for what is asked next.</summary>
    public static bool EndsBackground(string word)
    {
        var end = word.Length;
        while (end > 0 && !IsSyllable(word[end - 1]))
        {
            end--;
        }

        return end >= 3 && word[end - 1] == '데' && (word[end - 2] is '는' or '던' || (IsSyllable(word[end - 2]) && Final(word[end - 2]) == FinalNieun));
    }

    /// <summary>Whether <paramref name="word"/> is a form of the light verbs 하다 or 되다 alone, as learners glue them to
    /// an English word ("different한지", "deploy할때", "config된거", "setup해서"): one of their one-syllable heads
    /// (<see cref="VerbHeads"/>) and at most an ending after it, any ending after the past 했 됐. 함 and 됨 stand alone
    /// only (함수 is a noun), and 하나 is the numeral, not 하 + 나.</summary>
    public static bool IsLightVerbForm(string word)
    {
        if (word.Length is 0 or > 4 || !word.All(IsSyllable) || Array.IndexOf(VerbHeads, word[..1]) < 0)
        {
            return false;
        }

        var rest = word[1..];
        return word[0] switch
        {
            '했' or '됐' => true,
            '함' or '됨' => rest.Length == 0,
            '하' => rest.Length == 0 || (rest != "나" && LightVerbEndings.Contains(rest)),
            '할' or '될' => rest.Length == 0 || LightVerbEndings.Contains(rest) || rest is "때" or "때는" or "수" or "려면",
            _ => rest.Length == 0 || LightVerbEndings.Contains(rest),
        };
    }

    // The endings after a light verb's syllable: 한지, 한가, 한거, 하는데, 해서, 해야, 되면, 할까 ….
    private static readonly FrozenSet<string> LightVerbEndings = new[]
    {
        "지", "지도", "가", "가요", "거", "건", "건지", "건가", "거야", "거임", "데", "다", "다고", "다는", "게", "고", "면", "며", "서", "도", "야",
        "요", "줘", "까", "래", "려고", "는", "는지", "는데", "는거", "던", "던데", "나", "냐", "니", "음", "임", "기",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (a Hangul word the guides do not have) ends like a verb or adjective.</summary>
    public static bool IsPredicate(string word)
    {
        // 것 is the written form of the bound noun learners type as 거: "쓰는것" is "쓰는거" (a verb, not an unknown idea).
        var spoken = word.EndsWith('것') ? string.Concat(word.AsSpan(0, word.Length - 1), "거") : word;
        return spoken.Length >= 2 && (PredicateEndings.Any(e => spoken.Length > e.Length && spoken.EndsWith(e, StringComparison.Ordinal))
            || IsAdnominal(spoken) || IsClosedPresent(spoken) || EndsInfinitive(spoken) || HasAuxiliary(spoken) || ObligationAt(spoken) > 0)
            || IsVerbStemForm(word) || IsBareInfinitive(word) || IsNegated(word) || IsReuForm(word) || OneSyllableVerbForms.Contains(word)
            || IsClosedStemForm(word);
    }

    /// <summary>Whether <paramref name="word"/> (a Hangul word the guides never use that <see cref="IsPredicate"/> leaves
    /// out) still ends as verb and adjective forms do, read loosely: a connective, adverbial or purpose ending (고, 게, 려,
    /// 까) after a stem of two syllables or more (쓰자고, 번지게, 끝나고, 붙이려, 넘어갈까 — the two-syllable nouns in 고
    /// and 게 are left: 창고, 가게, 지게, 재고), a quoted suggestion or statement (쓰자고, 싸진다는), or 는 after a
    /// syllable closed by a consonant (잇는, 굽는: no noun ends so). Too loose to read the word as a verb (받는 in "스타
    /// 많이 받는 팁" named what was asked), it only says the word tells what is done rather than naming a thing.</summary>
    public static bool EndsLikePredicate(string word)
    {
        if (word.Length < 2 || !word.All(IsSyllable))
        {
            return false;
        }

        return (word.Length >= 3 && (word[^1] is '고' or '게' or '려' or '까' || word.EndsWith("다는", StringComparison.Ordinal)))
            || (word.Length == 2 && word[^1] == '는' && Final(word[0]) != 0);
    }

    // Endings a verb stem closed by a consonant takes as they are (찾게, 않게, 찾고, 없지, 찾기, 찾던, 굽다): never 면,
    // which goes on such a stem as 으면 (찾으면), while 옆면, 앞면 are nouns.
    private const string AfterClosedStem = "게고지기던다";

    /// <summary>A verb form no noun and no loanword takes: a last syllable closed by the past ㅆ (터졌, 나눴, 끝났 — what
    /// the reader leaves of 터졌을 once the particle is cut: no noun ends in ㅆ); an ending after a stem closed by a
    /// final only stems close with (<see cref="ClosesOnlyStems"/>: 찾게, 않게, 없고); and the recall ending 더라 (들었더라,
    /// 나왔더라). (는 after ㄱ ㄷ ㅁ ㅂ ㅅ — 굽는, 받는 — was tried and left out: "깃허브 스타 많이 받는 팁" was answered once
    /// 받는 weighed as a verb, and no on-topic answer was gained.)</summary>
    private static bool IsClosedStemForm(string word)
    {
        if (word.Length < 2 || !IsSyllable(word[^1]) || !IsSyllable(word[^2]))
        {
            return false;
        }

        return PastAt(word) >= 0
            || (ClosesOnlyStems(word[^2]) && AfterClosedStem.Contains(word[^1], StringComparison.Ordinal))
            || (word.Length >= 3 && word.EndsWith("더라", StringComparison.Ordinal))
            || EndsObligation(word);
    }

    /// <summary>Where the last syllable closed by the past ㅆ is in <paramref name="word"/> when at most three syllables
    /// of endings follow it (나왔다고, 했다는, 됐는지, 터졌을까): no noun and no loanword closes a syllable with ㅆ, so the
    /// word is a verb in the past; else -1.</summary>
    private static int PastAt(string word)
    {
        for (var i = word.Length - 1; i >= 0 && word.Length - 1 - i <= 3; i--)
        {
            if (!IsSyllable(word[i]))
            {
                return -1;
            }

            if (Final(word[i]) == FinalSsangSios)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"-아/어야" (must, have to) with the 하다/되다 after it left apart or left out ("살려내야", "배워야 돼",
    /// "잡아야 됨"): 야 after a verb's 아/어 form no noun ends in — 아 or 어 after a closed stem (잡아, 먹어; 웨어 in
    /// 하드웨어 follows an open syllable), the contracted ㅝ ㅘ ㅕ (배워, 봐, 켜), or 해/돼. A noun before the copula 야
    /// ends as loanwords do (서버야, 데이터야).</summary>
    private static bool EndsObligation(string word)
    {
        if (word.Length < 2 || word[^1] != '야' || !IsSyllable(word[^2]))
        {
            return false;
        }

        // 뭐 is the pronoun (뭐야: "what is it"), no verb.
        var form = word[^2];
        return form is '해' or '돼' || (form is not ('뭐' or '머') && IsInfinitiveAt(word, word.Length - 2));
    }

    /// <summary>Whether <paramref name="word"/> has a verb's 아/어 form at <paramref name="i"/>: 아 or 어 only after a
    /// closed stem (잡아, 먹어, 찾아; 웨어 in 하드웨어 follows an open syllable), else a form beside no noun (배워, 봐, 켜).</summary>
    private static bool IsInfinitiveAt(string word, int i) =>
        IsInfinitiveEnd(word[i], besideNoun: true)
        && (Initial(word[i]) != SilentIeung || MedialOf(word[i]) is not ('ㅏ' or 'ㅓ') || (i >= 1 && IsSyllable(word[i - 1]) && Final(word[i - 1]) != 0));

    /// <summary>A derived verb stem's ㄹ form ("붙일 때", "줄일"): the ㄹ on a bare stem <see cref="BareStem"/> reads
    /// (붙이, 줄이) — never a noun's ㄹ (파일, 모델: 파이 and 모데 are no stems). Not in <see cref="IsPredicate"/>: a
    /// stem the glossary reads ("돌릴" as 돌리, run; "늘릴" as 늘리, scale) keeps its meaning, so only a word nothing
    /// else read is taken as this verb form. The chat ending ㅁ on such a stem too ("헷갈림", "건드림": the nominal form a
    /// learner ends a sentence with), in a word of three syllables or more — two-syllable nouns end so (알림, 그림) — and
    /// not in 임, the copula after a noun closed by a consonant (며칠임).</summary>
    public static bool IsBareStemAdnominal(string word) =>
        word.Length >= 2 && IsSyllable(word[^1]) && IsSyllable(word[^2])
        && (Final(word[^1]) == FinalRieul || (Final(word[^1]) == FinalMieum && word.Length >= 3 && word[^1] != '임'))
        && BareStem(word[..^1] + (char)(word[^1] - Final(word[^1])));

    // The forms before 는/고/면/며 (and the dictionary form 다) of the one-syllable verbs a learner uses for tools (보다
    // "look at", 켜다, 끄다, 쓰다 "use", 두다 "keep"): a stem of one syllable is too short to tell from a noun by rule (사고
    // is "accident"), so these few are listed.
    private static readonly FrozenSet<string> OneSyllableVerbForms = new[] { "보", "켜", "끄", "쓰", "두" }
        .SelectMany(stem => new[] { "는", "고", "면", "며", "다" }.Select(ending => stem + ending))
        .ToFrozenSet(StringComparer.Ordinal);

    // The verbs whose stem ends in 르 and whose 아/어 form doubles its ㄹ (고르다 골라, 모르다 몰라, 다르다 달라, 부르다
    // 불러, 흐르다 흘러): a closed class of Korean, listed whole. Their forms are read by IsReuForm, since 골라 and 몰라
    // end as loanwords do (컬러, 달러, 콜라) and no ending rule can tell them apart.
    private static readonly string[] ReuStems =
    [
        "고르", "모르", "다르", "부르", "흐르", "자르", "오르", "빠르", "누르", "마르", "서두르", "기르", "거르", "바르", "가르",
        "이르", "찌르", "구르", "머무르", "나르", "들르", "게으르", "주무르", "지르", "벼르", "조르",
    ];

    // Each 르 verb's stem, its doubled 아/어 form (고르 → 골라, 부르 → 불러) and its past (골랐, 불렀), built once.
    private static readonly (string Stem, string Infinitive, string Past)[] ReuForms = ReuStems.Select(stem =>
    {
        var before = stem[^2];
        var doubled = stem[..^2] + (char)(before + FinalRieul);
        var bright = MedialOf(before) is 'ㅏ' or 'ㅗ';
        return (stem, doubled + (bright ? "라" : "러"), doubled + (bright ? "랐" : "렀"));
    }).ToArray();

    // What follows a 르 verb's doubled 아/어 form (골라요, 몰라서, 골라야, 골라줘, 올라가, 달라져): endings and the
    // auxiliaries after an 아/어 form — never a syllable that goes on a loanword (컬러풀, 말라리아).
    private const string AfterReuInfinitive = "요서도야줘주준줄두둬봐보본볼봤가와갔왔져졌지있";

    // What follows a 르 verb's stem (고르는, 모르고, 다르지, 부르면, 빠르게, 고르기): endings, never a loanword's next
    // syllable (마르크스).
    private const string AfterReuStem = "는고지면기니나냐세시자려며게던더다";

    /// <summary>A form of a 르 verb (<see cref="ReuStems"/>): the stem bare or before an ending (고르, 고르는, 모르고),
    /// the doubled 아/어 form bare or before an ending (골라, 몰라서, 달라요, 골라야돼) or in the past (몰랐어, 골랐는데) —
    /// at most three syllables after the form.</summary>
    private static bool IsReuForm(string word)
    {
        foreach (var (stem, infinitive, past) in ReuForms)
        {
            if ((word.StartsWith(stem, StringComparison.Ordinal) && Follows(stem.Length, AfterReuStem))
                || (word.StartsWith(infinitive, StringComparison.Ordinal) && Follows(infinitive.Length, AfterReuInfinitive))
                || (word.StartsWith(past, StringComparison.Ordinal) && word.Length > past.Length && word.Length - past.Length <= 3))
            {
                return true;
            }
        }

        return false;

        bool Follows(int at, string endings) =>
            word.Length == at || (word.Length - at <= 3 && endings.Contains(word[at], StringComparison.Ordinal));
    }

    // Endings that follow a bare verb stem ("띄우고", "붙이는", "건드리지", "올리면", "멈추게"), and the stem itself as the reader
    // leaves it once a glued ending is cut off ("붙이", "건드리").
    private static readonly string[] StemEndings = ["고", "는", "지", "면", "기", "게", ""];

    /// <summary>A verb stem of two syllables or more that ends as causative, passive and derived stems do — an open
    /// syllable with ㅣ or ㅜ (띄우, 올리, 붙이, 건드리, 줄이) or a stem closed by ㄹ (만들) — bare or before 고/는/지/면/기.
    /// A noun ending in 고 has its 고 after another vowel or a one-syllable stem (아르고, 창고, 광고); a bare stem is read
    /// more strictly (<see cref="BareStem"/>).</summary>
    private static bool IsVerbStemForm(string word)
    {
        foreach (var ending in StemEndings)
        {
            var stem = word.Length - ending.Length;
            if (stem >= 2 && word.EndsWith(ending, StringComparison.Ordinal) && IsSyllable(word[stem - 1])
                && (ending.Length > 0 ? StemEnd(word[stem - 1], word[stem - 2]) : BareStem(word)))
            {
                return true;
            }
        }

        return false;
    }

    // The last syllable of a verb stem before an ending: 으 (모으고, 모으는 — a ㅡ stem; no noun ends in 으), 이/히/리/기/우/추 (the derivational suffixes of causatives and
    // passives, 띄우 올리 붙이) after a closed syllable or ㅡ (건드리, 띄우), or a syllable closed by ㄹ (만들: a noun takes
    // 은/을, never 는/고/지, after ㄹ).
    private static bool StemEnd(char last, char before) =>
        IsSyllable(before) && ((Final(last) == 0 && last is '이' or '히' or '리' or '기' or '우' or '추' && (Final(before) != 0 || MedialOf(before) is 'ㅡ' or 'ㅢ'))
            || ClosedByL(last) || last == '으');

    // A bare stem with no ending (what is left of "붙이는" once 는 is cut): only 이/리 after a closed syllable or ㅡ,
    // and not a noun's 이 after ㅇ (고양이, 사랑이).
    private static bool BareStem(string word) =>
        (word[^1] is '이' or '리' && IsSyllable(word[^2]) && StemEnd(word[^1], word[^2]) && Final(word[^2]) != FinalIeung)
        || (word[^1] == '으' && IsSyllable(word[^2]));

    /// <summary>A verb's 아/어 form on its own ("좋아", "맞아요", "봐", "줘요", "지어서"): a stem closed by a consonant
    /// the loanword orthography never writes before a vowel's syllable, then 아 (좋아, 많아 — nouns end in 어 so: 단어,
    /// 언어); the ㅅ-irregular stems (짓다 지어, 낫다 나아, 잇다 이어, 붓다 부어, 긋다 그어, 젓다 저어); or the contracted
    /// 보다/주다/두다/놓다 forms 봐 줘 둬 놔 — each with 요, 서 or 도 after it or not.</summary>
    private static bool IsBareInfinitive(string word)
    {
        var core = word.Length >= 2 && word[^1] is '요' or '서' or '도' ? word[..^1] : word;
        if (core.Length == 1)
        {
            // 쓰다 써, 끄다 꺼, 켜다 켜 ("helm 써서", "꺼도 돼"); 나다 only as "-고 나서" (after doing): 나도 is "me too".
            return core[0] is '봐' or '줘' or '둬' or '놔' or '써' or '꺼' or '켜' || word is "나서" or "가서" or "와서";
        }

        // 일어나다 (happen) bare or before the endings the reader leaves on it (일어나, 일어난, 일어날, 일어남, 일어났).
        if (core.Length == 3 && core.StartsWith("일어", StringComparison.Ordinal) && core[^1] is '나' or '난' or '날' or '남' or '났')
        {
            return true;
        }

        if (core.Length != 2 || !IsSyllable(core[0]))
        {
            return false;
        }

        // Not a stem closed by ㄹ: 돌아, 알아 open compound verbs (돌아가 "run") whose meaning the glossary reads.
        return (core[1] == '아' && Final(core[0]) is not (0 or FinalIeung or FinalRieul) && MedialOf(core[0]) is 'ㅏ' or 'ㅗ')
            // 어 after a final no noun and no loanword closes a syllable with before a vowel (넣어, 없어, 덮어, 잊어, 닦어):
            // nouns in 어 end a syllable closed by ㄴ, ㄱ or ㅇ (단어, 국어, 용어) or an open one (주어).
            || (core[1] == '어' && ClosesOnlyStems(core[0]))
            || core is "지어" or "나아" or "이어" or "부어" or "그어" or "저어"
            // 일다's 어 form, as 일어나다 (happen) is cut before 나: the noun 일 ("work") takes 이, never 어.
            || core is "일어";
    }

    /// <summary>안/못 glued to a verb ("안되", "안돼요", "못해", "못써"): the verb negated — a 하다/되다 form, a bare 아/어
    /// form, or any predicate.</summary>
    private static bool IsNegated(string word) =>
        word.Length >= 2 && word[0] is '안' or '못' && (word[1] is '되' or '돼' or '됨' or '됐' or '해' or '하' or '함' or '했'
            || IsBareInfinitive(word[1..]) || (word.Length >= 3 && IsPredicate(word[1..])));

    /// <summary>True when <paramref name="syllable"/> can end a verb's 아/어 form: an open syllable with ㅏ ㅓ ㅕ ㅝ ㅘ ㅐ
    /// ㅙ (잡아, 먹어, 켜, 배워, 봐, 해, 돼) — the one test of that form, for "must" (-야 하다), "try" (보다) and the
    /// auxiliaries 주다/두다. With <paramref name="besideNoun"/> (where what comes after it also follows nouns: 주 is
    /// "week", "stock", "state", 두 the chat spelling of 도) only the forms no noun ends in: 아 어 여 after a closed
    /// stem (잡아, 걸어) and the contracted ㅝ ㅘ ㅕ (맞춰, 봐, 켜) — a plain ㅏ ㅓ ㅐ after a consonant ends 테슬라,
    /// 클러스터, 데이터 as often.</summary>
    private static bool IsInfinitiveEnd(char syllable, bool besideNoun) =>
        IsSyllable(syllable) && Final(syllable) == 0 && (besideNoun
            ? MedialOf(syllable) is 'ㅝ' or 'ㅘ' or 'ㅕ' || (Initial(syllable) == SilentIeung && MedialOf(syllable) is 'ㅏ' or 'ㅓ')
            : MedialOf(syllable) is 'ㅏ' or 'ㅓ' or 'ㅕ' or 'ㅝ' or 'ㅘ' or 'ㅐ' or 'ㅙ');

    // 하다/되다 after a verb's 아/어 form and 야 ("배워야돼", "지켜야되는", "봐야함"): "must". A 야 alone is also the
    // copula after a noun ("컴파일러야"), so only with one of these after it.
    private static readonly char[] AfterObligation = ['돼', '되', '됨', '됐', '될', '된', '해', '하', '함', '했', '할', '한', '겠'];

    /// <summary>Where the 야 of "-아/어야 하다/되다" (must) is in <paramref name="word"/> — after a verb's 아/어 form (an
    /// open syllable with ㅏ ㅓ ㅕ ㅝ ㅘ ㅐ ㅙ: 배워, 써, 봐, 해, 돼) and before a 하다/되다 form ending the word within three
    /// syllables; else 0. Such a word is a verb, not a noun made a verb with 하다/되다 ("배워야" is no noun).</summary>
    private static int ObligationAt(string word)
    {
        for (var at = word.Length - 2; at >= 1 && word.Length - at <= 4; at--)
        {
            if (word[at] == '야' && AfterObligation.Contains(word[at + 1]) && IsInfinitiveEnd(word[at - 1], besideNoun: false))
            {
                return at;
            }
        }

        return 0;
    }

    // What follows a verb's adnominal form (a last syllable closed by ㄴ or ㄹ): a bound noun or an ending. Never 지 or
    // 데, which end loanwords after ㄴ (챌린지, 레인지).
    private static readonly string[] AfterAdnominal = ["거야", "거임", "거지", "거예요", "거에요", "건가", "건지", "거", "건", "게", "때", "듯"];

    /// <summary>A verb's present form before a noun or a bound noun cut off (넣는, 없는, 찾는): 는 after a syllable closed
    /// by a consonant the loanword orthography never writes (<see cref="ClosesOnlyStems"/>). The topic particle takes 은
    /// after a closed syllable, so there 는 is the verb ending.</summary>
    private static bool IsClosedPresent(string word) =>
        word.Length >= 2 && word[^1] == '는' && IsSyllable(word[^2]) && ClosesOnlyStems(word[^2]);

    /// <summary>A syllable closed by a final that neither a loanword nor, before a vowel or 는, a noun closes with (ㄲ ㄶ ㅀ
    /// ㅄ ㅆ ㅈ ㅊ ㅌ ㅍ ㅎ: 넣, 없, 있, 덮, 잊): a verb stem. ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ close nouns and loanwords alike (국어, 단어).</summary>
    private static bool ClosesOnlyStems(char syllable) =>
        Final(syllable) is FinalSsangKiyeok or FinalNieunHieut or FinalRieulHieut or FinalBieupSios
            or FinalSsangSios or FinalJieut or FinalChieut or FinalTieut or FinalPieup or FinalHieut;

    /// <summary>A verb's adnominal form written apart from the bound noun after it ("따온 거임", "모을 때"): read as the two
    /// written together (<see cref="IsAdnominal"/>), the space a slip of the learner's.</summary>
    public static bool IsAdnominalApart(string word, string next) =>
        AfterAdnominal.Contains(next) && word.All(IsSyllable) && IsAdnominal(word + next);

    /// <summary>A verb of two syllables or more in its adnominal form before a bound noun: 합친거야, 따온거임, 모을때,
    /// 지워질때 (합치다, 따오다, 모으다, 지워지다 — the ㄴ or ㄹ closing the syllable before 거, 때 …).</summary>
    private static bool IsAdnominal(string word) =>
        AfterAdnominal.Any(e => word.Length - e.Length >= 2 && word.EndsWith(e, StringComparison.Ordinal)
            && IsSyllable(word[^(e.Length + 1)]) && Final(word[^(e.Length + 1)]) is FinalNieun or FinalRieul);

    /// <summary>A verb in its contracted 아/어 form, a 요 after it or not: a last open syllable with ㅝ or ㅙ (다뤄,
    /// 나눠요, 맞춰), or ㄹ-closed syllable and 라/러 before 요 (골라요, 불러요 — bare 골라 is also a loanword's end: 컬러).</summary>
    private static bool EndsInfinitive(string word)
    {
        var polite = word[^1] == '요';
        // 서 ("and so", 나눠서, 늘려서, 고쳐서) and 도 ("even if", 바꿔도) go on the 아/어 form as 요 does; after them a
        // contracted ㅕ (늘려, 고쳐) is a verb too, where bare it also ends nouns (배려, 우려).
        var linked = !polite && word.Length >= 3 && word[^1] is '서' or '도';
        var end = polite || linked ? word.Length - 2 : word.Length - 1;
        if (end < 1 || !IsSyllable(word[end]) || Final(word[end]) != 0)
        {
            return false;
        }

        return MedialOf(word[end]) is 'ㅝ' or 'ㅙ' || (linked && MedialOf(word[end]) == 'ㅕ' && Initial(word[end]) != SilentIeung)
            || (polite && word[end] is '라' or '러' && ClosedByL(word[end - 1]));
    }

    /// <summary>A verb's 아/어 form with an auxiliary verb after it (주다 "for", 두다 "keep"): 맞춰주는, 늘려주는건,
    /// 걸어두는 — some syllable before the 아/어 form, so 아두이노 is a name.</summary>
    private static bool HasAuxiliary(string word)
    {
        for (var i = 1; i + 1 < word.Length; i++)
        {
            if (word[i + 1] is '주' or '줘' or '준' or '줄' or '두' or '둬' or '둔' or '둘' && IsInfinitiveEnd(word[i], besideNoun: true))
            {
                return true;
            }

            // 버리다 (finish off: 끝내버리는, 차버린), 놓다 (leave done: 걸어놓은, 쳐놓고, 해놔) and 내다 (see it through:
            // 살려내야, 찾아낸) after the 아/어 form — also after ㅐ (끝내, 해), which no noun of these shapes ends in
            // before them (서버리스, 데이터 내 follow a consonant's ㅓ).
            var form = IsInfinitiveEnd(word[i], besideNoun: true) || (IsSyllable(word[i]) && Final(word[i]) == 0 && MedialOf(word[i]) is 'ㅐ' or 'ㅙ');
            if (form && ((word[i + 1] == '버' && i + 2 < word.Length && word[i + 2] is '리' or '려' or '린' or '릴' or '렸' or '림' or '렷')
                || word[i + 1] is '놓' or '놔' or '놨' or '내' or '낸' or '낼' or '냈'))
            {
                return true;
            }

            // 가다/오다 after the 아/어 form in the chat ending ㅁ, ending the word (가져감, 땡겨옴): the way the action goes. Only
            // that form: the others (긁어오는, 긁어올) are the compound verbs the glossary reads (긁어오, "scrape"), and a bare
            // 가 or 와 is a particle after a noun (파워가); 아/어 only after a closed stem (찾아감; 웨어 follows an open one).
            if (i + 2 == word.Length && word[i + 1] is '감' or '옴' && IsInfinitiveAt(word, i))
            {
                return true;
            }
        }

        return TriesOut(word);
    }

    // 보다 after a verb's 아/어 form ("try"): its forms, each with the endings that may end the word after it — so a noun
    // with 보 inside ("마더보드", "정보") is not one.
    private static readonly (char Form, string[] Endings)[] TryForms =
    [
        ('보', ["", "고", "는", "는거", "는게", "는데", "려면", "려고", "면", "기", "자", "지", "나", "니", "세요", "까"]),
        ('봐', ["", "요", "야", "서", "도"]), ('본', ["", "거", "게", "적"]), ('볼', ["", "까", "래", "거", "때"]),
        ('봤', ["", "어", "음", "는데", "나", "지", "던"]), ('봄', [""]),
    ];

    /// <summary>A verb's 아/어 form with 보다 ("try") after it: 짜보고, 올려보는, 만들어볼까, 다뤄봤음, 돼보고 — the 아/어 form
    /// (<see cref="IsInfinitiveEnd"/>) not a bare vowel opening the word (아보카도 is a name).</summary>
    private static bool TriesOut(string word)
    {
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (IsInfinitiveEnd(word[i], besideNoun: false) && !(i == 0 && Initial(word[i]) == SilentIeung)
                && TryForms.Any(f => f.Form == word[i + 1] && f.Endings.Contains(word[(i + 2)..], StringComparer.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The noun of a 하다/되다 verb ("촉진하려고" → "촉진", "표기했음" → "표기"): the part before the last 하/되 form
    /// that has at least two syllables, when at most three syllables follow it; else null.</summary>
    public static string? VerbNoun(string word)
    {
        // "-아/어야 하다/되다" (must): the verb before 야 is what it is about — a noun only when that verb is itself its
        // 하다/되다 form ("설치해야돼" → 설치), never the verb with its 야 ("배워야돼" is no noun 배워야).
        if (ObligationAt(word) is > 0 and var must)
        {
            return must >= 3 && word[must - 1] is '해' or '돼' ? word[..(must - 1)] : null;
        }

        for (var i = word.Length - 1; i >= 2; i--)
        {
            foreach (var head in VerbHeads)
            {
                if (i + head.Length <= word.Length && word.Length - i <= 4 && string.CompareOrdinal(word, i, head, 0, head.Length) == 0)
                {
                    return word[..i];
                }
            }
        }

        return null;
    }

    // The names of the Latin letters as Korean spells them out (씨엔씨에프 "CNCF", 에스알이 "SRE"), some with two readings
    // (비 is B or V, 지 is G or Z).
    private static readonly (string Name, char Letter)[] LetterNames =
    [
        ("에이치", 'h'), ("더블유", 'w'), ("에이", 'a'), ("에치", 'h'), ("브이", 'v'), ("아이", 'i'), ("제이", 'j'), ("케이", 'k'),
        ("에프", 'f'), ("에스", 's'), ("엑스", 'x'), ("와이", 'y'), ("제트", 'z'), ("비", 'b'), ("비", 'v'), ("씨", 'c'), ("시", 'c'),
        ("디", 'd'), ("이", 'e'), ("지", 'g'), ("지", 'z'), ("쥐", 'g'), ("엘", 'l'), ("엠", 'm'), ("엔", 'n'), ("오", 'o'),
        ("피", 'p'), ("큐", 'q'), ("알", 'r'), ("티", 't'), ("유", 'u'), ("젯", 'z'),
    ];

    /// <summary>The Latin acronyms a Hangul word spells letter by letter, two letters or more ("씨엔씨에프" → cncf,
    /// "에스알이" → sre, "비엠" → bm and vm); none for a word longer than <paramref name="maxLetters"/> letters could be.
    /// At most two readings per letter name, and the search stops at 16 readings, so the work stays bounded.</summary>
    public static List<string> SpelledLetters(string word, int maxLetters = 6)
    {
        var found = new List<string>();
        if (word.Length >= 2 && word.Length <= maxLetters * 3)
        {
            Spell(word, 0, new StringBuilder(), found, maxLetters);
        }

        return found;
    }

    private static void Spell(string word, int at, StringBuilder letters, List<string> found, int maxLetters)
    {
        if (at == word.Length)
        {
            if (letters.Length >= 2)
            {
                found.Add(letters.ToString());
            }

            return;
        }

        if (letters.Length == maxLetters || found.Count >= 16)
        {
            return;
        }

        foreach (var (name, letter) in at == 0 ? LetterNames.Concat(SoundedOpenings) : LetterNames)
        {
            if (string.CompareOrdinal(word, at, name, 0, name.Length) == 0)
            {
                letters.Append(letter);
                Spell(word, at + name.Length, letters, found, maxLetters);
                letters.Length--;
            }
        }
    }

    // An opening letter said as its sound rather than its name before the names of the rest, as a lower-case prefix is
    // spoken (그알피씨 "gRPC"): only at the start, where no letter name of the rest can be read into it.
    private static readonly (string Name, char Letter)[] SoundedOpenings = [("그", 'g')];

    /// <summary>True when every syllable of a Hangul word is one Korean writes English with: the loanword orthography
    /// closes a syllable only with ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ, writes no tense ㄲ ㄸ ㅃ and no ㅢ. "맞추", "띄울수" are Korean
    /// words, not "matches" or "tls" with their consonants.</summary>
    public static bool CouldSpellEnglish(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!IsSyllable(c) || Initial(c) is 1 or 4 or 8 || Medial(c) == 19 || Final(c) is not (0 or 1 or 4 or 8 or 16 or 17 or 19 or 21))
            {
                return false;
            }

            // A consonant before a vowel is written as that vowel's syllable's onset (canary 카나리, never 칸아리); only
            // ㅇ (ng) stays a final before a vowel (싱어). A closed syllable and then a vowel's own syllable is a Korean
            // noun and its particle: 전에, 손을, 책은 — not "zone", "sonar".
            if (i > 0 && Initial(c) == SilentIeung && Final(word[i - 1]) is not (0 or FinalIeung))
            {
                return false;
            }
        }

        // A last 는 is the ending of a verb form or a topic particle ("파는", "마시는"), not "fun" or "machine": the
        // orthography closes the syllable before with a final n (펀, 머신) and never writes it as a syllable of ㅡ.
        return word.Length < 2 || word[^1] != '는';
    }

    /// <summary>The polite ending 요 as chat writes it, 여 ("해주세여", "있나여", "뭐에여"): the word with 요, else null.</summary>
    public static string? ChatPolite(string word) =>
        word.Length >= 2 && word[^1] == '여' ? word[..^1] + "요" : null;

    // Endings that recall what was said ("뭐라고 했더라", "했던가", "하더라고") and question endings that ask for a yes or
    // recall ("맞지?", "맞죠", "했었나", "나왔었지"), longest first within each.
    private static readonly string[] RecallEndings = ["더라고", "더라구", "더라", "던가요", "던가", "던거", "던지"];
    private static readonly string[] QuestionEndings = ["지요", "나요", "죠", "지", "나", "냐", "니"];

    // The final ㅆ of a past stem contracted into its last syllable (했, 됐, 나왔, 배웠).
    private const int FinalSsangSios = 20;
    private const int FinalSsangKiyeok = 2, FinalNieunHieut = 6, FinalRieulHieut = 15, FinalBieupSios = 18, FinalJieut = 22,
        FinalChieut = 23, FinalTieut = 25, FinalPieup = 26, FinalHieut = 27;

    /// <summary>The forms under which a word in a recall or tag form is listed when its verb only shapes the sentence:
    /// the ending (더라, 던가, 지, 나, 죠 …) and a past 었/았/였 taken off, a stem contracted with the past ㅆ as its 아/어
    /// form (했었던가 → 해, 나왔었나 → 나와, 배웠었나 → 배워), a closed stem as its 는 and 아/어 forms (맞지요, 맞았나 →
    /// 맞는, 맞아), an open one as its 는 form (하더라고 → 하는), and after a past or recall ending what is left as it is
    /// (뭐였더라 → 뭐). Empty when the word has no such ending (프로메테우스, 인더스트리); a noun ending in 지 (챌린지, 패키지)
    /// gets forms no list holds (챌린는, 패키는). Bare 나 after an open stem is 하나 ("one"), not 하 + 나.</summary>
    public static IReadOnlyList<string> RecallOrTagForms(string word)
    {
        var recall = EndingOf(RecallEndings);
        var ending = recall ?? EndingOf(QuestionEndings);
        if (ending is null)
        {
            return [];
        }

        var stem = word[..^ending.Length];
        var past = stem.Length >= 2 && stem[^1] is '었' or '았' or '였';
        if (past)
        {
            stem = stem[..^1];
        }

        var last = stem[^1];
        if (!IsSyllable(last))
        {
            return [];
        }

        if (Final(last) == FinalSsangSios)
        {
            return [stem[..^1] + (char)(last - FinalSsangSios)];
        }

        if (Final(last) == 0 && ending == "나" && recall is null && !past)
        {
            return [];
        }

        var adnominal = stem + "는";
        var infinitive = Final(last) == 0 ? null : stem + (MedialOf(last) is 'ㅏ' or 'ㅗ' ? "아" : "어");
        return (past || recall is not null, infinitive) switch
        {
            (true, null) => [adnominal, stem],
            (true, _) => [adnominal, infinitive, stem],
            (false, null) => [adnominal],
            (false, _) => [adnominal, infinitive],
        };

        string? EndingOf(string[] endings) => Array.Find(endings, e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal));
    }

    // The quoting ending "-ㄴ다고/-는다고" (what the guides were said to do: "뭐 쓴다고 했음") and the clause "-ㄹ 때" glued on
    // ("쓸때", "when using").
    private static readonly string[] QuotingEndings = ["다고요", "다구요", "다고", "다구"];

    /// <summary>The forms under which a quoted or "when" form of a verb is listed, so it shapes the sentence as the verb
    /// does: "-ㄴ다고" after an open stem as its 는 form (쓴다고 → 쓰는, 배운다고 → 배우는, 한다고 → 하는), "-는다고" after a
    /// closed one as it is written before 다고 (먹는다고 → 먹는), and a verb's ㄹ form before 때/땐 as that form (쓸때 → 쓸).
    /// Empty for anything else: a noun ending in 다고 or 때 has no ㄴ/는 or ㄹ before it that a verb list holds.</summary>
    public static IReadOnlyList<string> QuotedOrWhenForms(string word)
    {
        if (Array.Find(QuotingEndings, e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal)) is { } quoting)
        {
            var stem = word[..^quoting.Length];
            if (stem[^1] == '는')
            {
                return [stem];
            }

            return IsSyllable(stem[^1]) && Final(stem[^1]) == FinalNieun ? [AdnominalStem(stem) + "는"] : [];
        }

        foreach (var when in (string[])["때는", "때", "땐"])
        {
            if (word.Length > when.Length && word.EndsWith(when, StringComparison.Ordinal) && EndsInFinalL(word[..^when.Length]))
            {
                return [word[..^when.Length]];
            }
        }

        return [];
    }

    /// <summary>The stem of a verb in its adnominal form ㄹ or ㄴ, the final added to an open last syllable ("배울" →
    /// 배우, "다룬" → 다루, "쓸" → 쓰): so "배울 수 있어" is read as 배우다 ("배우는"), a verb, not a word that sounds like
    /// "value"; null when the last syllable is not closed by ㄹ or ㄴ.</summary>
    public static string? AdnominalStem(string word)
    {
        if (word.Length == 0 || !IsSyllable(word[^1]) || Final(word[^1]) is not (FinalNieun or FinalRieul))
        {
            return null;
        }

        return word[..^1] + (char)(word[^1] - Final(word[^1]));
    }

    /// <summary>True when <c>words[at]</c> is part of "-ㄹ 수 있다/없다" (can, cannot) written apart: 수 after a verb's
    /// ㄹ form ("쓸 수", "구축할 수"), or the 있/없 word right after such a 수. "파드 수" (the number of pods) is a noun.</summary>
    public static bool IsAbility(IReadOnlyList<string> words, int at) =>
        (words[at] == "수" && at > 0 && EndsInFinalL(words[at - 1]))
        || (words[at][0] is '있' or '없' && at > 1 && words[at - 1] == "수" && EndsInFinalL(words[at - 2]));

    /// <summary>Where "수" starts in a word with "-ㄹ 수 있다" glued on ("쓸수있어" → 1, "만들수있는" → 2): a 수 right after
    /// a syllable closed by ㄹ and followed by 있 or 없 ("필수" is a word); else -1.</summary>
    public static int AbilityAt(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] == '수' && ClosedByL(word[i - 1]) && i + 1 < word.Length && word[i + 1] is '있' or '없')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool EndsInFinalL(string word) => word.Length > 0 && ClosedByL(word[^1]);

    private static bool ClosedByL(char syllable) => IsSyllable(syllable) && Final(syllable) == FinalRieul;

    // Consonant classes: what an English consonant and its Hangul transliteration have in common.
    // J: a soft g, which Korean writes only with ㅈ (메시지 "message", 엔진 "engine"), never ㅅ or ㅊ as the j class S
    // would let it (맨처 is not "manager", 레칭 not "region").
    private const char K = 'k', T = 't', S = 's', P = 'p', L = 'l', M = 'm', N = 'n', H = 'h', J = 'j';

    // Initial consonants (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ); '\0' is silent ㅇ.
    private static readonly char[] Initials = [K, K, N, T, T, L, M, P, P, S, S, '\0', S, S, S, K, T, P, H];

    // Final consonants (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ): ㅅ and ㅆ
    // close a syllable as t (로봇 = robot), ㅇ as ng.
    private static readonly char[] Finals = ['\0', K, K, K, N, N, N, T, L, K, M, L, L, L, P, L, M, P, P, T, T, N, T, T, K, T, P, '\0'];

    /// <summary>The consonant skeleton of a Hangul word ("키클록" → "klk", "엘라스틱" → "lstk"): classes of its consonants,
    /// repeats collapsed; null when the word has other characters.</summary>
    public static string? HangulSkeleton(string word) => Skeleton(word, dropJoiningH: false);

    /// <summary>The consonant skeleton with each ㅈ read as a soft g (<see cref="LatinReadings"/>): "메시지" → "msj", to
    /// meet "message"; null when the word has no ㅈ or other characters.</summary>
    public static string? SoftGSkeleton(string word) =>
        word.Any(c => IsSyllable(c) && Initial(c) == InitialJieut) ? Skeleton(word, dropJoiningH: false, softG: true) : null;

    /// <summary>The consonant skeleton; with <paramref name="dropJoiningH"/>, without an ㅎ that opens a syllable after a
    /// closed one (see <see cref="HangulSkeletons"/>).</summary>
    private static string? Skeleton(string word, bool dropJoiningH, bool softG = false)
    {
        var sb = new StringBuilder(word.Length * 2);
        for (var i = 0; i < word.Length; i++)
        {
            if (!IsSyllable(word[i]))
            {
                return null;
            }

            if (!dropJoiningH || i == 0 || Initial(word[i]) != InitialHieut || Final(word[i - 1]) == 0)
            {
                Append(sb, softG && Initial(word[i]) == InitialJieut ? J : Initials[Initial(word[i])]);
            }

            Append(sb, Finals[Final(word[i])]);
        }

        return sb.ToString();
    }

    /// <summary>The consonant skeletons a Hangul word may spell an English word with, the first its
    /// <see cref="HangulSkeleton"/>: then, where an ㅎ opens a syllable after a closed one, the skeleton without it (two
    /// English words joined, whose h the Latin skeleton drops after a consonant: 웹훅 "webhook", 깃허브 "github"); and,
    /// for a word opening with a silent ㅇ and a glide vowel (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ), the skeleton of a j spoken as that glide,
    /// as German and Dutch names are (예거 "jaeger"): <c>SpokenJ</c> marks it. Empty when the word has other
    /// characters.</summary>
    public static IReadOnlyList<(string Skeleton, bool SpokenJ)> HangulSkeletons(string word)
    {
        if (HangulSkeleton(word) is not { } skeleton)
        {
            return [];
        }

        var found = new List<(string, bool)> { (skeleton, false) };
        if (Skeleton(word, dropJoiningH: true) is { } withoutH && withoutH != skeleton)
        {
            found.Add((withoutH, false));
        }

        if (SoftGSkeleton(word) is { } soft)
        {
            found.Add((soft, false));
        }

        if (Initial(word[0]) == SilentIeung && MedialOf(word[0]) is 'ㅑ' or 'ㅒ' or 'ㅕ' or 'ㅖ' or 'ㅛ' or 'ㅠ')
        {
            found.Add((skeleton.Length > 0 && skeleton[0] == S ? skeleton : S + skeleton, true));
        }

        return found;
    }

    /// <summary>For a Hangul word opening with a glide syllable (예거) and a Latin word opening with j and a vowel
    /// ("jaeger"), when that syllable is open and its vowel without the glide (ㅖ → ㅔ) is one the j's vowel letter is
    /// written with: the rest of each word (거, "ger"), to be matched as usual; else null.</summary>
    public static (string Hangul, string Latin)? AfterGlide(string hangul, string latin)
    {
        if (hangul.Length < 2 || latin.Length < 3 || latin[0] != 'j' || !VowelsOf.TryGetValue(latin[1], out var written)
            || !IsSyllable(hangul[0]) || Initial(hangul[0]) != SilentIeung || Final(hangul[0]) != 0)
        {
            return null;
        }

        var glide = GlideFree.IndexOf(MedialOf(hangul[0]), StringComparison.Ordinal);
        var rest = RunEnd(latin, 1) + 1;
        return glide >= 0 && written.Contains(Plain[glide], StringComparison.Ordinal) && rest < latin.Length ? (hangul[1..], latin[rest..]) : null;
    }

    // The glide vowels and the same vowels without the glide (ㅑ ㅏ, ㅒ ㅐ, ㅕ ㅓ, ㅖ ㅔ, ㅛ ㅗ, ㅠ ㅜ).
    private const string GlideFree = "ㅑㅒㅕㅖㅛㅠ", Plain = "ㅏㅐㅓㅔㅗㅜ";

    /// <summary>True when the Hangul word ends with the one-syllable Korean name of <paramref name="latin"/>'s last
    /// letter ("플루언트디" and "fluentd", "링커디" and "linkerd"): a name ending in a spelled-out letter ends with that
    /// letter — "fluentd", not "fluent".</summary>
    public static bool EndsWithLetterNamed(string hangul, string latin) =>
        hangul.Length > 1 && latin.Length > 0 && LetterNames.Any(n => n.Name.Length == 1 && n.Name[0] == hangul[^1] && n.Letter == latin[^1]);

    /// <summary>True when the Hangul word writes an r itself, as Korean writes an r before a consonant when it is not
    /// silent (아르고 "argo"): a syllable 르. A closed ㄹ (볼트) spells an l ("vault"), not the r of "port".</summary>
    public static bool WritesR(string word) => word.Any(c => IsSyllable(c) && Initial(c) == InitialRieul && MedialOf(c) == 'ㅡ');

    /// <summary>The consonant skeletons of a lower-case Latin word as Korean writes it: "keycloak" → "klk", "chart" →
    /// "st". An r before a consonant or at the end is silent in most transliterations (차트 = chart) but written in some
    /// (아르고 = argo), so both readings are returned.</summary>
    public static IReadOnlyList<string> LatinSkeletons(string word) => LatinReadings(word).Select(r => r.Skeleton).ToArray();

    /// <summary>The readings of <see cref="LatinSkeletons"/>, each with whether it keeps an r before a consonant silent:
    /// first with a silent r, then with a written one; then, for a word with a g before e, i or y, the same with that g
    /// soft, spoken as the j Korean writes ㅈ ("message" 메시지, "engine" 엔진 — "get" and "gear" keep a hard g, so
    /// both are read).</summary>
    public static IReadOnlyList<(string Skeleton, bool SilentR)> LatinReadings(string word)
    {
        var found = new List<(string, bool)>(4);
        foreach (var softG in (bool[])[false, true])
        {
            if (softG && !HasSoftG(word))
            {
                break;
            }

            foreach (var silentR in (bool[])[true, false])
            {
                var skeleton = LatinSkeleton(word, silentR, softG);
                if (!found.Exists(r => r.Item1 == skeleton))
                {
                    found.Add((skeleton, silentR));
                }
            }
        }

        return found;
    }

    /// <summary>True when the g at <paramref name="at"/> may be soft: before e, i or y, not doubled ("logging").</summary>
    private static bool SoftG(string word, int at) =>
        word[at] == 'g' && at + 1 < word.Length && word[at + 1] is 'e' or 'i' or 'y' && (at == 0 || word[at - 1] != 'g');

    private static bool HasSoftG(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (SoftG(word, i))
            {
                return true;
            }
        }

        return false;
    }

    // Two letters that sound as one consonant: chart 차트, shell 셸, thanos 타노스, php, docker 도커.
    private static readonly Dictionary<(char, char), char> Digraphs = new()
    {
        [('c', 'h')] = S,
        [('s', 'h')] = S,
        [('t', 'h')] = T,
        [('p', 'h')] = P,
        [('c', 'k')] = K,
    };

    private static string LatinSkeleton(string word, bool silentR, bool softG)
    {
        var sb = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (Digraphs.TryGetValue((c, next), out var sound))
            {
                Append(sb, sound);
                i++;
                continue;
            }

            switch (c)
            {
                case 'n' when next == 'g':
                    // "ingress" 인그레스 (n, g), but "spring" 스프링 (ng only).
                    Append(sb, N);
                    if (i + 2 < word.Length && (IsVowelLetter(word[i + 2]) || word[i + 2] is 'r' or 'l'))
                    {
                        Append(sb, softG && SoftG(word, i + 1) ? J : K); // "engine" 엔진, "change" 체인지
                    }

                    i++;
                    break;
                case 'c':
                    Append(sb, next is 'e' or 'i' or 'y' ? S : K);
                    break;
                case 'g' when softG && SoftG(word, i):
                    Append(sb, J);
                    break;
                case 'd' when softG && next == 'g' && SoftG(word, i + 1):
                    // -dge spoken as one j: "bridge" 브리지, "badge" 배지.
                    break;
                case 'g' or 'k' or 'q':
                    Append(sb, K);
                    break;
                case 'x':
                    Append(sb, K);
                    Append(sb, S);
                    break;
                case 't' when i > 0 && next == 'i' && i + 2 < word.Length && word[i + 2] is 'o' or 'a':
                    // -tion, -tial spoken sh: 커넥션 "connection", 파셜 "partial".
                    Append(sb, S);
                    break;
                case 't' or 'd':
                    Append(sb, T);
                    break;
                case 's' or 'z' or 'j':
                    Append(sb, S);
                    break;
                case 'p' or 'b' or 'f' or 'v':
                    Append(sb, P);
                    break;
                case 'r' when silentR && !IsVowelLetter(next):
                    break;
                case 'l' or 'r':
                    Append(sb, L);
                    break;
                case 'm':
                    Append(sb, M);
                    break;
                case 'n':
                    Append(sb, N);
                    break;
                case 'h' when i == 0 || IsVowelLetter(word[i - 1]):
                    Append(sb, H);
                    break;
                default:
                    // Vowels, w, y and a silent h carry no consonant.
                    break;
            }
        }

        return sb.ToString();
    }

    // Hangul vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ) each English vowel letter is written with
    // (kernel 커널, keycloak 키클록, canary 카나리, cluster 클러스터, python 파이썬; an o after w as in network 네트워크).
    // Never ㅢ, which Korean does not use to spell English: "근의" (근 with a particle) is not "cni".
    private static readonly Dictionary<char, string> VowelsOf = new()
    {
        ['a'] = "ㅏㅐㅑㅒㅓㅔㅘ",
        ['e'] = "ㅔㅐㅣㅓㅖㅕ",
        ['i'] = "ㅣㅏㅟ",
        ['o'] = "ㅗㅓㅘㅚㅛㅏㅝ",
        ['u'] = "ㅜㅓㅠㅡㅏㅝ",
        ['y'] = "ㅏㅣㅑㅛㅠㅕㅖㅒ",
    };

    private const string Medials = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";

    /// <summary>True when the first two vowels of a Hangul word (an epenthetic ㅡ as in 프로 skipped) are ones the first two
    /// runs of vowel letters of <paramref name="latin"/> are written with: the first tells "keycloak" (키클록) from
    /// "calico" (칼리코), the second the Korean words that share a name's consonants and first vowel — 결국 is not
    /// "keycloak", 비중 not "version".</summary>
    public static bool FirstVowelsFit(string hangul, string latin)
    {
        var spoken = SpokenVowels(hangul).Take(2).ToArray();
        if (spoken.Length == 0 && hangul.Length > 0)
        {
            spoken = [new(MedialOf(hangul[^1]), false)]; // 스크: the last ㅡ is all there is
        }

        return MatchVowels(spoken, latin, runs: 2).Fits;
    }

    /// <summary>True when the last vowel of a Hangul word (an epenthetic ㅡ skipped) is one the last run of vowel letters
    /// of <paramref name="latin"/> is written with (플루언트빗 ends as "fluent bit" does; 안드로이드 not as "initial auto").</summary>
    public static bool LastVowelFits(string hangul, string latin)
    {
        var last = SpokenVowels(hangul).LastOrDefault().Vowel;
        var at = latin.Length - 1;
        while (at >= 0 && !VowelsOf.ContainsKey(latin[at]))
        {
            at--;
        }

        while (at > 0 && VowelsOf.ContainsKey(latin[at - 1]))
        {
            at--;
        }

        return at < 0 || last == '\0' || VowelsOf[latin[at]].Contains(last, StringComparison.Ordinal);
    }

    /// <summary>True when the Hangul word ends as an English word ending in <paramref name="latin"/>'s last letter is
    /// written: a final consonant sound is a closed syllable or an epenthetic ㅡ (싱크 "sync", 헬름 "helm") or, spelled out,
    /// a letter's name in ㅣ or ㅠ (엣시디 "etcd", 큐); an open syllable in another vowel (친구, 가구) ends a Korean word,
    /// never a name that ends in a consonant. r and h (and w, y) end in a vowel sound (도커 "docker", 프로우 "prow").</summary>
    public static bool EndsAsSpelled(string hangul, string latin)
    {
        // An English word ending in the sound sh, ch or a soft g ("push", "cache", "branch", "image") ends in Hangul with
        // 시, 쉬, 지 or 치 (푸시, 캐시, 브랜치, 이미지); 스 spells an s (버스 "bus", not "push") and another vowel a Korean
        // ending (가서 is "going", not "cache").
        // Which of them tells by its consonant: a soft g (a j) is ㅈ, 지 — an sh is ㅅ, 시 or 쉬 — a ch either (캐시,
        // 브랜치): 메시 is "mesh", 메시지 "message", never the other way.
        if (hangul.Length > 0 && latin.Length > 0 && EndsInHushing(latin))
        {
            if (!EndsWithHushingSyllable(hangul))
            {
                return false;
            }

            var (initial, end) = (Initial(hangul[^1]), SoundedEnd(latin));
            return (initial == InitialJieut) == end.EndsWith('g') && (initial != InitialChieut || end.EndsWith("ch", StringComparison.Ordinal));
        }

        // And one ending in an s or z sound ("buffers", "base", "service") ends with 스, 즈 or 츠, never 시 (푸시 is
        // not "buffers").
        if (hangul.Length > 0 && EndsWithHushingSyllable(hangul) && SoundedEnd(latin) is var sounded && sounded.Length > 0 && sounded[^1] is 's' or 'z' or 'c')
        {
            return false;
        }

        if (hangul.Length == 0 || !IsSyllable(hangul[^1]) || Final(hangul[^1]) != 0 || latin.Length == 0
            || !IsConsonantLetter(latin[^1]) || latin[^1] is 'r' or 'h')
        {
            return true;
        }

        return MedialOf(hangul[^1]) is 'ㅡ' or 'ㅣ' or 'ㅠ';
    }

    /// <summary>True when a lower-case Latin word ends in the sound sh, ch or j: -sh, -ch, or, before a silent e, -che,
    /// -she, -ge ("push", "branch", "cache", "image"). A word ending in -ch spoken k ("epoch") has the consonants of a
    /// sibilant in <see cref="LatinSkeletons"/> anyway.</summary>
    private static bool EndsInHushing(string latin)
    {
        var sounded = SoundedEnd(latin);
        return sounded.EndsWith("sh", StringComparison.Ordinal) || sounded.EndsWith("ch", StringComparison.Ordinal)
            || (sounded != latin && sounded.EndsWith('g'));
    }

    /// <summary>A Latin word without a silent final e after a consonant ("cache" → "cach", "image" → "imag").</summary>
    private static string SoundedEnd(string latin) =>
        latin.Length >= 4 && latin[^1] == 'e' && IsConsonantLetter(latin[^2]) ? latin[..^1] : latin;

    /// <summary>True when a Hangul word ends with 시, 쉬, 지 or 치: an open syllable of ㅅ, ㅈ or ㅊ with ㅣ or ㅟ, the way
    /// Korean writes a final sh, ch or j — the ㅣ there is epenthetic, as ㅡ is after other consonants.</summary>
    private static bool EndsWithHushingSyllable(string hangul) =>
        hangul.Length > 0 && IsSyllable(hangul[^1]) && Final(hangul[^1]) == 0 && Initials[Initial(hangul[^1])] == S && MedialOf(hangul[^1]) is 'ㅣ' or 'ㅟ';

    /// <summary>True when a Hangul word (of the same consonant skeleton) spells <paramref name="latin"/> as a loanword: the
    /// same vowel or consonant start, and every vowel fitting — as English writes it, or without a plural ending or a
    /// silent final e ("services" is spoken as 서비스: two vowels).</summary>
    public static bool SpellsAsLoanword(string hangul, string latin)
    {
        var spoken = latin.EndsWith("es", StringComparison.Ordinal) ? latin[..^2] : latin.EndsWith('s') || latin.EndsWith('e') ? latin[..^1] : latin;
        return SameStart(hangul, latin) && (VowelsFit(hangul, latin) || VowelsFit(hangul, spoken) || VowelsFitBeforeHushing(hangul, latin));
    }

    /// <summary>True when the Hangul word's vowels (an epenthetic ㅡ skipped) are, one for one, ones the vowel letters of
    /// <paramref name="latin"/> are written with, a run of vowel letters counting as one ("harbor" 하버, "velero" 벨레로):
    /// what tells a name of two consonants from the many words that have the same two.</summary>
    public static bool VowelsFit(string hangul, string latin)
    {
        var vowels = SpokenVowels(hangul).ToArray();
        var (fits, shorter, used) = MatchVowels(vowels, latin, int.MaxValue);
        return fits && !shorter && used == vowels.Length;
    }

    /// <summary><see cref="VowelsFit"/>, the ㅣ of a last 시, 지 or 치 after the final sh, ch or j it writes taken as
    /// epenthetic, as ㅡ is after other consonants (메시 "mesh", 메시지 "message": the silent e is no vowel either).</summary>
    private static bool VowelsFitBeforeHushing(string hangul, string latin)
    {
        var vowels = SpokenVowels(hangul).ToArray();
        if (vowels.Length < 2 || !EndsWithHushingSyllable(hangul) || !EndsInHushing(latin))
        {
            return false;
        }

        var (fits, shorter, used) = MatchVowels(vowels[..^1], SoundedEnd(latin), int.MaxValue);
        return fits && !shorter && used == vowels.Length - 1;
    }

    /// <summary>Matches Hangul vowels, one for one, to the first <paramref name="runs"/> runs of vowel letters of
    /// <paramref name="latin"/>: whether each fits, whether the Hangul vowels ran out first, and how many were used. A
    /// run of two vowel letters may take a second Hangul vowel for its second letter (플루언트 fluent, 클라우드 cloud,
    /// 트레이 tray), so may a run closed by w (프로우 prow, 플로우 flow) and an i spoken 아이 (라이브러리 library).</summary>
    private static (bool Fits, bool Shorter, int Used) MatchVowels(SpokenVowel[] vowels, string latin, int runs)
    {
        var used = 0;
        for (var i = 0; i < latin.Length && runs > 0; i++)
        {
            if (!VowelsOf.TryGetValue(latin[i], out var written) || (i > 0 && VowelsOf.ContainsKey(latin[i - 1])))
            {
                continue;
            }

            if (used == vowels.Length)
            {
                return (true, true, used);
            }

            var (vowel, opensDiphthong) = vowels[used++];
            if (!(written.Contains(vowel, StringComparison.Ordinal) || SpokenAs(latin, i, vowel)) || !WrittenAs(latin, i, vowel, opensDiphthong))
            {
                return (false, false, used);
            }

            runs--;
            var end = RunEnd(latin, i);
            if (end > i && ((latin[i] == 'i' && vowel is 'ㅕ' or 'ㅑ' or 'ㅛ') || (latin[i] == 'e' && vowel == 'ㅠ')))
            {
                continue; // the glide vowel is the whole run
            }

            // The run's second letter spoken as a vowel of its own (flu-ent 플루언트, cloud 클라우드, tray 트레이), a w
            // closing it (prow 프로우), an i spoken 아이 (라이브러리), or an a or e spoken 에이 (데이터 data, 케이다 keda).
            var next = vowels.ElementAtOrDefault(used).Vowel;
            var second = end > i && VowelsOf[latin[i + 1]].Contains(next, StringComparison.Ordinal)
                || (end + 1 < latin.Length && latin[end + 1] == 'w' && (end + 2 == latin.Length || !VowelsOf.ContainsKey(latin[end + 2])) && next == 'ㅜ')
                || (end == i && latin[i] is 'i' or 'y' && vowel == 'ㅏ' && next == 'ㅣ')
                || (end == i && latin[i] is 'a' or 'e' && vowel == 'ㅔ' && opensDiphthong && next == 'ㅣ');
            if (second && used < vowels.Length)
            {
                used++;
            }
        }

        // A Latin word without vowel letters is an acronym, spelled letter by letter (티엘에스 "tls", SpelledLetters):
        // a Hangul word with vowels of its own does not spell it — 트레이스 is "traces", not "tls".
        return (used > 0 || vowels.Length == 0, false, used);
    }

    /// <summary>True when a Hangul word and an English word start alike: both with a vowel (a silent ㅇ: 엘라스틱,
    /// "elastic") or both with a consonant (키클록, "keycloak").</summary>
    public static bool SameStart(string hangul, string latin) =>
        (Initial(hangul[0]) == SilentIeung) == (latin[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w')
        && (!StartsWithCluster(latin) || MedialOf(hangul[0]) == 'ㅡ');

    /// <summary>True when a Latin word starts with two consonant sounds (schema, cloud, proxy, stack): Korean has no
    /// cluster at a syllable's start, so it writes the first consonant with an epenthetic ㅡ (스키마, 클라우드, 프록시,
    /// 스택) — "채점" cannot spell "schema". Not a digraph (ch, sh, th, ph, wh, gh, rh), a silent first letter (kn, gn,
    /// wr, ps, pn, mn) or a glide (y, w: "swap" is 스왑 but "twin" 트윈 and "python" 파이썬 vary).</summary>
    private static bool StartsWithCluster(string latin) =>
        latin.Length >= 3 && IsConsonantLetter(latin[0]) && IsConsonantLetter(latin[1]) && latin[1] is not ('h' or 'w' or 'y')
        && latin[..2] is not ("kn" or "gn" or "wr" or "ps" or "pn" or "mn" or "ck");

    private static bool IsConsonantLetter(char c) => char.IsAsciiLetterLower(c) && !IsVowelLetter(c) && c != 'w';

    /// <summary>The vowel (medial jamo) of a Hangul syllable.</summary>
    private static char MedialOf(char syllable) => Medials[Medial(syllable)];

    /// <summary>A Hangul word's vowels as spoken, the epenthetic ㅡ that Hangul adds after a bare consonant skipped; each
    /// with whether it opens the diphthong 아이 or 에이 (an open syllable with ㅏ or ㅔ before 이: 카인드, 타입, 파이썬,
    /// 데이터).</summary>
    private static IEnumerable<SpokenVowel> SpokenVowels(string hangul)
    {
        for (var i = 0; i < hangul.Length; i++)
        {
            var vowel = MedialOf(hangul[i]);
            if (vowel != 'ㅡ')
            {
                yield return new(vowel, vowel is 'ㅏ' or 'ㅔ' && Final(hangul[i]) == 0 && i + 1 < hangul.Length && IsSyllable(hangul[i + 1])
                    && Initial(hangul[i + 1]) == SilentIeung && MedialOf(hangul[i + 1]) == 'ㅣ');
            }
        }
    }

    private readonly record struct SpokenVowel(char Vowel, bool OpensDiphthong);

    /// <summary>Whether the vowel letter at <paramref name="at"/> of <paramref name="latin"/> may be written with the
    /// Hangul <paramref name="vowel"/> there, beyond the letter's own list: Korean writes the diphthong an i or y is
    /// spoken as ("kind", "type", "hyper") 아이 — an open syllable with ㅏ, then 이 — never a ㅏ alone (사람 is not
    /// "cilium", 합치 not "hypervisor", 가운데 not "kind"); and a, e, o carry the glide of ㅑ ㅒ ㅕ ㅖ ㅛ only after sh,
    /// which it writes 샤, 셰, 쇼 ("shard" 샤드, "shell" 셸): 샤드 is not "chart", 결과 not "keycloak". An e opening a
    /// word's vowels is stressed and written ㅔ (레스트 "rest", 헬름 "helm"), ㅓ only as the er of "server" 서버:
    /// 러스트 is not "rest". An oo is ㅜ (풀 "pool", 훅 "hook"), ㅗ only before r (도어 "door"): 볼링 is not "pooling".</summary>
    private static bool WrittenAs(string latin, int at, char vowel, bool opensDiphthong) => latin[at] switch
    {
        'i' or 'y' when vowel == 'ㅏ' => opensDiphthong,
        'a' or 'e' or 'o' when vowel is 'ㅑ' or 'ㅒ' or 'ㅕ' or 'ㅖ' or 'ㅛ' => at >= 2 && latin[at - 2] == 's' && latin[at - 1] == 'h',
        'e' when vowel == 'ㅓ' && latin.AsSpan(0, at).IndexOfAny(VowelLetters) < 0 => BeforeR(latin, at),
        'o' when vowel == 'ㅗ' && at + 1 < latin.Length && latin[at + 1] == 'o' => BeforeR(latin, at),
        _ => true,
    };

    private static readonly SearchValues<char> VowelLetters = SearchValues.Create("aeiouy");

    /// <summary>True when the run of vowel letters starting at <paramref name="at"/> is followed by an r.</summary>
    private static bool BeforeR(string latin, int at) => RunEnd(latin, at) + 1 is var after && after < latin.Length && latin[after] == 'r';

    /// <summary>Where the run of vowel letters starting at <paramref name="at"/> ends.</summary>
    private static int RunEnd(string latin, int at)
    {
        var end = at;
        while (end + 1 < latin.Length && VowelsOf.ContainsKey(latin[end + 1]))
        {
            end++;
        }

        return end;
    }

    /// <summary>True when a vowel letter is written, beyond its own list, as it is spoken there: an a as ㅗ before u, w or
    /// an l closing its sound ("vault" 볼트, "auto" 오토, "install" 인스톨) — not before a vowel's l ("calico" 칼리코);
    /// an oo as ㅜ ("pool" 풀, "hook" 훅); an i before o or a as the glide of the vowel after it (션 "tion").</summary>
    private static bool SpokenAs(string latin, int at, char vowel) =>
        at + 1 < latin.Length && (latin[at], vowel) switch
        {
            ('a', 'ㅗ') => latin[at + 1] is 'u' or 'w' || (latin[at + 1] == 'l' && (at + 2 == latin.Length || !IsVowelLetter(latin[at + 2]))),
            ('o', 'ㅜ') => latin[at + 1] == 'o',
            ('e', 'ㅠ') => latin[at + 1] is 'u' or 'w', // eu and ew spoken "you": 뉴트론 "neutron", 뉴 "new", 퓨 "few"
            ('i', 'ㅕ' or 'ㅑ' or 'ㅛ') => latin[at + 1] is 'o' or 'a', // the glide of -tion, -tial: 커넥션, 파셜
            // An unstressed -age after a consonant is spoken with an i: 메시지 "message", 이미지 "image", 패키지 "package".
            ('a', 'ㅣ') => at >= 2 && IsConsonantLetter(latin[at - 1]) && latin.AsSpan(at + 1) is "ge" or "ges" or "ged" or "g",
            _ => false,
        };

    /// <summary>The word with ㅐ written ㅔ and ㅒ written ㅖ: Korean writers confuse the two vowels, which most speakers no
    /// longer tell apart (엔서블 for 앤서블, 레플리카 and 래플리카), so two spellings with the same merged form are one word.</summary>
    public static string MergedVowels(string word)
    {
        Span<char> merged = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            merged[i] = IsSyllable(c) && Medial(c) is 1 or 3 ? (char)(c + (4 * FinalCount)) : c; // ㅐ→ㅔ, ㅒ→ㅖ
        }

        return new string(merged);
    }

    /// <summary>The keys under which a Hangul word is indexed for one-slip lookups (a deletion neighbourhood at jamo
    /// level): each letter (jamo) of each syllable left out in turn ("쥴" and "줄" share the key with the vowel left out;
    /// a final added or dropped leaves out the final slot), and each open syllable before a 크/그, 트/드/스, 프/브 syllable
    /// closed with that consonant instead, as learners type an English word's last consonant ("체크" as 첵, "네트워킹" as
    /// 넷워킹). Two words sharing a key are one slip apart; a few keys per syllable, so a lookup is a few hash probes.</summary>
    public static IEnumerable<string> SlipKeys(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!IsSyllable(c))
            {
                continue;
            }

            var (initial, medial, final) = (Initial(c), Medial(c), Final(c));
            yield return SlotLeftOut(word, i, '\u0001', medial, final);
            yield return SlotLeftOut(word, i, '\u0002', initial, final);
            yield return SlotLeftOut(word, i, '\u0003', initial, medial);
        }

        foreach (var closed in FinalsClosed(word))
        {
            yield return "\u0004" + closed;
        }
    }

    /// <summary>The word with the syllable at <paramref name="at"/> written as the mark of the letter slot left out and
    /// the two letters kept: one string per key, built without the head and tail copies (the index makes a few keys per
    /// syllable of every guide word).</summary>
    private static string SlotLeftOut(string word, int at, char slot, int first, int second)
    {
        ReadOnlySpan<char> kept = [slot, (char)('A' + first), (char)('A' + second)];
        return string.Concat(word.AsSpan(0, at), kept, word.AsSpan(at + 1));
    }

    /// <summary>The word with one open syllable closed by the consonant of the 크/그, 트/드/스 or 프/브 syllable after it
    /// (that syllable dropped), as a final ㄱ, ㅅ or ㅂ; and the word itself when it has such a final (the typed form).</summary>
    private static IEnumerable<string> FinalsClosed(string word)
    {
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (IsSyllable(word[i]) && Final(word[i]) == 0 && IsSyllable(word[i + 1]) && Medial(word[i + 1]) == Eu && Final(word[i + 1]) == 0
                && ClosingFinal(Initial(word[i + 1])) is > 0 and var final)
            {
                yield return string.Concat(word.AsSpan(0, i), ((char)(word[i] + final)).ToString(), word.AsSpan(i + 2));
            }
        }

        foreach (var c in word)
        {
            if (IsSyllable(c) && Final(c) is 1 or 19 or 17)
            {
                yield return word;
                yield break;
            }
        }
    }

    // ㅋ/ㄱ close a syllable as ㄱ (final 1), ㅌ/ㄷ/ㅅ as ㅅ (final 19), ㅍ/ㅂ as ㅂ (final 17).
    private static int ClosingFinal(int initial) => initial switch
    {
        15 or 0 => 1,
        16 or 3 or 9 => 19,
        17 or 7 => 17,
        _ => 0,
    };

    /// <summary>True for a Latin vowel letter (y included: "sync" 싱크).</summary>
    private static bool IsVowelLetter(char c) => VowelLetters.Contains(c);

    private static void Append(StringBuilder sb, char c)
    {
        if (c != '\0' && (sb.Length == 0 || sb[^1] != c))
        {
            sb.Append(c);
        }
    }
}
