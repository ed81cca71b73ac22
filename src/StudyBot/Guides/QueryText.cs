using System.Collections.Frozen;
using System.Text;
using StudyBot.Conversation;

namespace StudyBot.Guides;

/// <summary>Query-time normalisation: NFKC (full/half width) and lower case, words split at spaces, punctuation and
/// Hangul/Latin boundaries ("k8s오토스케일"), Korean particles stripped from word ends, glossary terms recognised, and
/// question filler words dropped. Never touches Lucene query syntax: the result is plain words.</summary>
public static class QueryText
{
    /// <summary>The one-syllable particles stripped from a word's end, here and in <see cref="QuestionReader"/>'s
    /// endings (declared before <see cref="Particles"/>, which is built from it).</summary>
    internal static readonly string[] OneSyllableParticles = ["은", "는", "이", "가", "을", "를", "에", "로", "와", "과", "의", "도", "만", "란", "랑", "나"];

    // Longest first, so "에서" wins over "서"-less "에". Only stripped when at least two syllables remain, which keeps
    // nouns that merely end in a particle-like syllable ("성과", "차이", "경로") whole.
    private static readonly string[] Particles =
    [
        "하려면", "합니다", "이에요", "에서는", "으로는", "하는", "하기", "하면", "해요", "이야", "예요", "이라는", "에서도", "에게서", "이란", "에서", "으로", "에게", "까지", "부터", "처럼", "보다", "이랑", "하고", "이나", "라는",
        .. OneSyllableParticles,
    ];

    /// <summary>A one-syllable noun under a case particle ("팀에서", "잡을", "룰에"): the noun; else null. Only particles
    /// that end no two-syllable noun — not 가/이/도/의 (평가, 차이, 정도) nor 은/는 (adnominals: 작은, 하는).</summary>
    public static string? OneSyllableNoun(string word)
    {
        if (word.Length < 2 || !IsHangul(word[0]) || !KoreanWords.IsSyllable(word[0]))
        {
            return null;
        }

        var particle = Array.Find(NounParticles, p => word.Length == p.Length + 1 && word.EndsWith(p, StringComparison.Ordinal));
        return particle is null ? null : word[..1];
    }

    // Differs from QuestionReader's CaseParticles on purpose: here the one syllable before the particle is taken as a
    // noun, so the list keeps to the safe ones (no 보다/대로/별로, which end 맛보다, 제대로) and adds 에/을/를;
    // CaseParticles only ends a piece inside words written together.
    private static readonly string[] NounParticles = ["에서는", "에서도", "에서", "으로는", "으로", "에게", "까지", "부터", "처럼", "에", "을", "를"];

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    /// <summary>A Hangul letter standing alone, not in a syllable (NFKC turns ㅋ into U+110F and composes whole
    /// syllables): chat noise ("ㅋㅋ", "ㅎㅎ", "ㅠㅠ", "ㅇㅇ"), never a word — the text splits there like at punctuation.</summary>
    private static bool IsJamo(char c) => c is >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' or >= '\uA960' and <= '\uA97F' or >= '\uD7B0' and <= '\uD7FF';

    /// <summary>NFKC + lower case.</summary>
    public static string Normalize(string text) => Text.Fold(text);

    /// <summary>The normalised words of <paramref name="text"/> (particles not yet stripped).</summary>
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var currentHangul = false;
        var normal = Normalize(text);
        for (var i = 0; i < normal.Length; i++)
        {
            var c = normal[i];
            if (!char.IsLetterOrDigit(c) || IsJamo(c))
            {
                // "re-process", "pre-pull": a bound prefix is no word alone; the word it is hyphenated to is read whole
                // ("reprocess", the glossary's 재처리), not a name "re" beside "process".
                if (c == '-' && !currentHangul && BoundPrefixes.Contains(current.ToString()) && i + 1 < normal.Length && char.IsAsciiLetter(normal[i + 1]))
                {
                    continue;
                }

                if (c is '\'' or '’' && current.Length > 0 && !currentHangul && Contraction(normal, i + 1) is var length and > 0)
                {
                    // "i've", "app's", "don't": the word without its contraction, not a word "ve" that looks like a name.
                    if (length == 1 && normal[i + 1] == 't' && current.Length > 2 && current[^1] == 'n')
                    {
                        current.Length--; // don't → do, isn't → is, shouldn't → should
                        if (current.ToString() is "ca" or "wo")
                        {
                            current.Append('n'); // can't → can, won't → won
                        }
                    }

                    i += length;
                }

                Flush();
                continue;
            }

            var hangul = IsHangul(c);
            if (current.Length > 0 && hangul != currentHangul)
            {
                Flush();
            }

            currentHangul = hangul;
            current.Append(c);
        }

        Flush();
        return words.ToArray();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    // English prefixes that stand in no sentence on their own.
    private static readonly string[] BoundPrefixes = ["re", "pre"];

    // English contractions after an apostrophe: 's, 've, 're, 'll, 'd, 'm, n't.
    private static readonly string[] Contractions = ["ve", "re", "ll", "s", "d", "m", "t"];

    /// <summary>Letters of an English contraction starting at <paramref name="start"/> and ending the word, else 0.</summary>
    private static int Contraction(string text, int start)
    {
        foreach (var suffix in Contractions)
        {
            var end = start + suffix.Length;
            if (end <= text.Length && string.CompareOrdinal(text, start, suffix, 0, suffix.Length) == 0 && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return suffix.Length;
            }
        }

        return 0;
    }

    /// <summary>Removes one trailing particle from a Hangul word ("쿠버네티스에서" → "쿠버네티스").</summary>
    /// <param name="word">A normalised word.</param>
    /// <param name="minStem">Syllables that must remain (2 keeps "성과" whole; 1 is for recognising filler like "법은").</param>
    public static string StripParticle(string word, int minStem = 2)
    {
        if (word.Length <= minStem || !IsHangul(word[^1]))
        {
            return word;
        }

        foreach (var particle in Particles)
        {
            if (word.Length - particle.Length >= minStem && word.EndsWith(particle, StringComparison.Ordinal))
            {
                // 로 after a consonant takes the vowel 으 (손으로, 책으로): the 으 belongs to the particle, no noun ends
                // in it — "손으로" is 손, not "손으".
                var stem = word[..^particle.Length];
                return particle[0] == '로' && stem.Length >= 2 && stem[^1] == '으' && KoreanWords.IsSyllable(stem[^2]) && KoreanWords.Final(stem[^2]) != 0
                    ? stem[..^1]
                    : stem;
            }
        }

        return word;
    }

    /// <summary>Where <paramref name="word"/> stands in <paramref name="text"/> as a word of its own (case ignored), or -1.</summary>
    public static int FindWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsAsciiLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="word"/> is written between parentheses in <paramref name="text"/> ("KVM guests get
    /// managed through some toolkit (the thing virsh talks to)"): an aside — the learner's gloss of what they mean — not
    /// what the sentence asks.</summary>
    public static bool InParentheses(string text, string word)
    {
        var at = FindWord(text, word);
        if (at < 0)
        {
            return false;
        }

        // The nearest "(" before the word, and its ")" (the first after it) after the word's end: none between them.
        var open = text.LastIndexOf('(', at);
        return open >= 0 && text.IndexOf(')', open) >= at + word.Length;
    }

    /// <summary>Whether <paramref name="word"/> is set aside in <paramref name="text"/> — "ODL 말고 하나 더", "other than
    /// ODL", "instead of ODL": the thing the learner already knows or leaves out, not the one the question asks for.</summary>
    public static bool SetAside(string text, string word)
    {
        var at = FindWord(text, word);
        if (at < 0)
        {
            return false;
        }

        var after = text[(at + word.Length)..].TrimStart();
        var before = text[..at].TrimEnd();
        return AsideAfter.Any(a => after.StartsWith(a, StringComparison.Ordinal))
            || AsideBefore.Any(b => before.EndsWith(b, StringComparison.OrdinalIgnoreCase) && (before.Length == b.Length || !char.IsLetter(before[^(b.Length + 1)])));
    }

    // Korean postpositions setting a thing aside: "X 말고" (not X), "X 대신" (instead of X), "X 빼고"/"X 제외하고" (except X).
    private static readonly string[] AsideAfter = ["말고", "대신", "빼고", "제외하고", "외에", "이외에"];

    /// <summary>The stretches of <paramref name="text"/> (start, end) the learner sets aside: what comes before a Korean
    /// postposition of <see cref="AsideAfter"/> or 아니고 ("helm ansible 말고", "VXLAN이랑 GRE 말고", "tenant별 quota
    /// 걸어두는 거 말고"), after an English one of <see cref="AsideBefore"/> up to the clause's end ("besides state and
    /// modules,", "other than caching"), and a parenthesis opening with "not" ("(not the broken challenge one)"). The
    /// thing named there is one the learner already knows or leaves out, not the one asked for; empty when there is none.
    /// A stretch "not" opens, and one before 대신 or 아니고 or after "instead of" or "rather than", is ruled out
    /// (<c>RuledOut</c>): a sibling of what is asked that the learner says it is not, the thing whose place the asked one
    /// takes — rather than a thing besides which the rest of a list is asked ("X 말고 또 뭐", "besides X").</summary>
    public static List<(int Start, int End, bool RuledOut)> SetAsideSpans(string text)
    {
        var spans = new List<(int Start, int End, bool RuledOut)>();
        var words = WordSpans(text);
        for (var w = 0; w < words.Count; w++)
        {
            var (start, end) = words[w];
            var word = text[start..end].TrimEnd(ClauseEnds);
            if (Array.Find(AsideAfterWords, m => word.EndsWith(m, StringComparison.Ordinal)) is not { } marker)
            {
                continue;
            }

            // Glued ("ELK말고") the word itself is the thing; apart, the word before it — not one closing a clause.
            var first = word.Length > marker.Length ? w : w - 1;
            if (first < 0 || (first < w && EndsClause(text, words[first])))
            {
                continue;
            }

            var thingEnd = first == w ? start + word.Length - marker.Length : words[first].End;
            while (first > 0 && w - first < AsideWords && Joined(text, words[first - 1], words[first]))
            {
                first--;
            }

            spans.Add((words[first].Start, thingEnd, Array.IndexOf(RuledOutAfter, marker) >= 0));
        }

        var lower = text.ToLowerInvariant();
        foreach (var marker in AsideBefore.Append(RatherThan))
        {
            for (var at = lower.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                var after = at + marker.Length;
                if ((at > 0 && char.IsLetter(lower[at - 1])) || (after < lower.Length && char.IsLetter(lower[after])))
                {
                    continue;
                }

                // Up to the clause's end: punctuation, a question word or verb that opens what is asked ("besides CRDs what
                // else"), or a few words.
                var end = after;
                var count = 0;
                for (var w = FirstWordFrom(words, after); w < words.Count; w++)
                {
                    var (start, stop) = words[w];
                    var word = lower[start..stop].TrimEnd(ClauseEnds);
                    if (word.Length == 0 || ClauseOpeners.Contains(word) || count == AsideWords)
                    {
                        break;
                    }

                    end = start + word.Length;
                    count++;
                    if (word.Length < stop - start)
                    {
                        break;
                    }
                }

                if (end > after)
                {
                    spans.Add((after, end, marker is InsteadOf or RatherThan));
                }
            }
        }

        // "(not the broken challenge one)": the learner's aside names what they do not mean.
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open);
            if (close > open && text.AsSpan(open + 1).StartsWith("not ", StringComparison.OrdinalIgnoreCase))
            {
                spans.Add((open + 5, close, true));
            }
        }

        // "the sample, not the broken one": what stands between "not the" and "one" is ruled out the same way.
        for (var at = lower.IndexOf("not the ", StringComparison.Ordinal); at >= 0; at = lower.IndexOf("not the ", at + 1, StringComparison.Ordinal))
        {
            var from = at + "not the ".Length;
            var first = FirstWordFrom(words, from);
            var one = first + 1;
            while (one < words.Count && one - first <= AsideWords && lower[words[one].Start..words[one].End].TrimEnd(ClauseEnds) is not ("one" or "ones"))
            {
                one++;
            }

            if ((at == 0 || !char.IsLetter(lower[at - 1])) && one < words.Count && one - first <= AsideWords)
            {
                spans.Add((from, words[one].Start, true));
            }
        }

        return spans;
    }

    /// <summary>Whether the word at <paramref name="at"/> of <paramref name="text"/> is in one of <paramref name="spans"/>
    /// (<see cref="SetAsideSpans"/>).</summary>
    public static bool InSpans(List<(int Start, int End, bool RuledOut)> spans, int at, bool ruledOut = false) =>
        spans.Exists(s => at >= s.Start && at < s.End && (s.RuledOut || !ruledOut));

    // The Korean words setting a thing aside, written after it: the postpositions and 아니고 ("X가 아니고").
    private static readonly string[] AsideAfterWords = [.. AsideAfter, "아니고"];

    // The words that rule a thing out rather than set it aside — what is asked is in its place, not beside it: "X 대신"
    // (instead of X), "X 아니고" (not X), "instead of X", "rather than X".
    private static readonly string[] RuledOutAfter = ["대신", "아니고"];

    private const string InsteadOf = "instead of";

    private const string RatherThan = "rather than";

    // Most words of a thing set aside.
    private const int AsideWords = 4;

    private static readonly char[] ClauseEnds = [',', '.', '?', '!', ';', ':', ')', '(', '—'];

    // English words that open what is asked after a thing set aside ("besides CRDs what else", "other than caching, which").
    private static readonly HashSet<string> ClauseOpeners = new(
        ["what", "whats", "what's", "which", "how", "why", "where", "when", "who", "is", "are", "was", "were", "do", "does", "did",
            "can", "could", "should", "would", "will", "that", "gets", "helps", "i", "we", "you", "it", "there", "anything", "something", "-", "—"],
        StringComparer.Ordinal);

    private static bool EndsClause(string text, (int Start, int End) word) =>
        Array.IndexOf(ClauseEnds, text[word.End - 1]) >= 0 || KoreanWords.EndsBackground(text[word.Start..word.End]);

    /// <summary>Whether the word <paramref name="before"/> belongs to the thing set aside that starts at <paramref name="word"/>:
    /// two Latin words of one name ("rate limit", "operator sdk"), one of two things joined by 랑/이랑/하고/와/과 ("VXLAN이랑
    /// GRE"), or the object and verb of a thing done ("버전 올리는거", "quota 걸어두는 거").</summary>
    private static bool Joined(string text, (int Start, int End) before, (int Start, int End) word)
    {
        if (EndsClause(text, before))
        {
            return false;
        }

        var (a, b) = (text[before.Start..before.End], text[word.Start..word.End]);
        return (a.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && char.IsAsciiLetter(b[0]))
            || Array.Exists(JoiningParticles, p => a.EndsWith(p, StringComparison.Ordinal))
            || b is "거" or "것" || ((b.EndsWith('거') || b.EndsWith('것') || b.EndsWith('는')) && b.Length >= 2 && IsHangul(b[0]));
    }

    // Particles joining two things: "VXLAN이랑 GRE", "씨피유랑 메모리", "helm하고 ansible". Glued to a word (Joined) 랑 covers
    // 이랑; as a word of its own (Partner: "on-prem이랑" → on, prem, 이랑) 이랑 is one.
    private static readonly string[] JoiningParticles = ["랑", "이랑", "하고", "와", "과"];

    /// <summary>The index of the first of <paramref name="words"/> (in text order) starting at or after <paramref name="at"/>,
    /// found by halving: each marker looks only at the few words after it, so reading the stretches stays linear in the
    /// question however many markers it repeats.</summary>
    private static int FirstWordFrom(List<(int Start, int End)> words, int at)
    {
        var (low, high) = (0, words.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = words[mid].Start < at ? (mid + 1, high) : (low, mid);
        }

        return low;
    }

    private static List<(int Start, int End)> WordSpans(string text)
    {
        var words = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i));
            }
        }

        return words;
    }

    // English words before a thing set aside: "other than X", "except (for) X", "instead of X".
    private static readonly string[] AsideBefore = ["other than", "besides", "apart from", "instead of", "except", "except for", "aside from"];

    /// <summary>Whether the learner wrote <paramref name="word"/> with a capital other than the text's first letter
    /// ("MongoDB", "useEffect", "GCP Cloud Spanner"): the way a name is written.</summary>
    public static bool WrittenAsName(string text, string word) =>
        FindWord(text, word) is var at and >= 0 && Enumerable.Range(at, word.Length).Any(i => i > 0 && char.IsUpper(text[i]));

    /// <summary>Whether <paramref name="word"/> is written in <paramref name="text"/> as a code identifier: camelCase,
    /// starting lower case with a capital between lower-case letters inside ("updateMode", "minReplicas") — a key or
    /// field of code, not a product's name ("PostgreSQL", "MongoDB", "macOS", "eBPF").</summary>
    public static bool WrittenAsIdentifier(string text, string word) =>
        word.Length >= 3 && FindWord(text, word) is var at and >= 0 && char.IsLower(text[at])
        && Enumerable.Range(at + 1, word.Length - 2).Any(i => char.IsUpper(text[i]) && char.IsLower(text[i - 1]) && char.IsLower(text[i + 1]));

    /// <summary>Whether <paramref name="word"/> is written in <paramref name="text"/> as a part of a dotted name ("Next.js",
    /// "socket.io", "ASP.NET"): glued by a dot to a short suffix of two to four letters of one case, as names of libraries,
    /// frameworks and sites end — not a sentence's full stop before the next sentence ("done.Next").</summary>
    public static bool InDottedName(string text, string word)
    {
        var at = FindWord(text, word);
        if (at < 0)
        {
            return false;
        }

        var end = at + word.Length;
        if (end + 1 < text.Length && text[end] == '.' && DottedSuffix(text, end + 1))
        {
            return true;
        }

        // The suffix itself ("js" of "Next.js"), after a word glued to its dot.
        return at >= 2 && text[at - 1] == '.' && char.IsAsciiLetterOrDigit(text[at - 2]) && DottedSuffix(text, at);
    }

    private static bool DottedSuffix(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var suffix = text[from..end];
        return suffix.Length is >= 2 and <= 4 && (end == text.Length || !char.IsLetterOrDigit(text[end]))
            && (suffix.All(char.IsAsciiLetterLower) || suffix.All(char.IsAsciiLetterUpper));
    }

    /// <summary>Whether <paramref name="word"/> is shaped like an API version ("v1", "v2beta2", "v1alpha1": v, digits, and
    /// alpha or beta with digits): a version of something the question names, not a thing of its own.</summary>
    public static bool IsApiVersion(string word)
    {
        if (word.Length < 2 || (word[0] != 'v' && word[0] != 'V'))
        {
            return false;
        }

        var at = 1;
        while (at < word.Length && char.IsAsciiDigit(word[at]))
        {
            at++;
        }

        if (at == 1)
        {
            return false;
        }

        if (at == word.Length)
        {
            return true;
        }

        var rest = word[at..].ToLowerInvariant();
        var stage = rest.StartsWith("alpha", StringComparison.Ordinal) ? 5 : rest.StartsWith("beta", StringComparison.Ordinal) ? 4 : 0;
        return stage > 0 && rest.Length > stage && rest[stage..].All(char.IsAsciiDigit);
    }

    /// <summary>Whether the sentence gives <paramref name="word"/> a role beside what it asks about: an example of the
    /// thing asked, followed by 같은, 처럼 or 등 ("virsh 같은 걸로 …": something like virsh); or, once the question is
    /// asked (a "?" before the word), the learner's guess in a clause asking to have it checked ("… 어떤 걸로 구성해?
    /// Jenkins 쓰는 거 맞나?") or the tool whose words the learner reports ("what apiVersion …? kubectl says no matches
    /// for kind"). The thing asked is another, described around it. A report that is the question itself ("webpack says
    /// module not found, how to fix") is about that tool.</summary>
    public static bool SideRole(string text, string word) =>
        WordAfter(text, word) is { } next && (Likeness.Any(l => next.StartsWith(l, StringComparison.Ordinal)) || Examples.Contains(next) || (Reporting.Contains(next) && AfterQuestion(text, word)))
        || (AfterQuestion(text, word) && GuessToCheck(text, word));

    /// <summary>Whether <paramref name="word"/> comes after the text has asked a question (a "?" before it).</summary>
    private static bool AfterQuestion(string text, string word) => FindWord(text, word) is var at and > 0 && text.LastIndexOf('?', at - 1) >= 0;

    /// <summary>Whether <paramref name="word"/> is the partner of a relation, followed by a Korean particle "with" (랑,
    /// 이랑, 와, 과, 하고: "GCP에서 on-prem이랑 dedicated 연결"): the other end of what the sentence says of the thing
    /// before it, not a part of that thing.</summary>
    public static bool Partner(string text, string word) => WordAfter(text, word) is { } next && Array.IndexOf(JoiningParticles, next) >= 0;

    /// <summary>The word of <see cref="Words"/> right after <paramref name="word"/>'s own words (a Hangul particle glued to
    /// it is a word of its own there: "on-prem이랑" → on, prem, 이랑), or null.</summary>
    private static string? WordAfter(string text, string word)
    {
        var words = Words(text);
        var own = Words(word);
        for (var at = 0; own.Length > 0 && at + own.Length < words.Length; at++)
        {
            if (words.AsSpan(at, own.Length).SequenceEqual(own))
            {
                return words[at + own.Length];
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> stands in a clause that asks to have a guess checked (맞나, 맞지, 맞아,
    /// 맞죠, 인가, 아님 …).</summary>
    private static bool GuessToCheck(string text, string word)
    {
        var at = FindWord(text, word);
        if (at < 0)
        {
            return false;
        }

        var from = at + word.Length;
        var end = text.IndexOfAny(SentenceEnds, from);
        var clause = Words(text[from..(end < 0 ? text.Length : end)]);
        return clause.Length > 0 && (clause[^1].StartsWith(Right, StringComparison.Ordinal) || Checks.Contains(clause[^1]));
    }

    // Words after an example: "X 같은", "X 처럼" (like X), "X 등" (X and such).
    private static readonly string[] Likeness = ["같은", "처럼"];

    private static readonly FrozenSet<string> Examples = FrozenSet.ToFrozenSet(["등", "등등"], StringComparer.Ordinal);

    // English verbs reporting what a tool says: "kubectl says …", "helm complains …".
    private static readonly FrozenSet<string> Reporting = FrozenSet.ToFrozenSet(["says", "said", "complains", "complained", "prints", "printed", "throws", "threw"], StringComparer.Ordinal);

    // A clause asking to check a guess ends in 맞- ("맞나", "맞지", "맞죠", "맞음") or one of these.
    private const string Right = "맞";

    private static readonly FrozenSet<string> Checks = FrozenSet.ToFrozenSet(["인가", "인가요", "아님", "아닌가", "아닌가요", "아니야", "아냐"], StringComparer.Ordinal);

    private static readonly char[] SentenceEnds = ['?', '.', '!'];

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="text"/> in a hyphenated compound ("on-prem",
    /// "multi-az"): a clipped everyday word more often than a name.</summary>
    public static bool InHyphenatedCompound(string text, string word) =>
        FindWord(text, word) is var at and >= 0 && ((at > 0 && text[at - 1] == '-') || (at + word.Length < text.Length && text[at + word.Length] == '-'));

    /// <summary>The words written beside <paramref name="word"/> across a slash ("login / sso", "bot/ci"): what the
    /// learner gives as another name or a companion of the same thing.</summary>
    public static IEnumerable<string> AcrossSlash(string text, string word)
    {
        var at = FindWord(text, word);
        if (at < 0)
        {
            yield break;
        }

        if (AcrossSlashFrom(text, at - 1, -1) is { } before)
        {
            yield return before;
        }

        if (AcrossSlashFrom(text, at + word.Length, 1) is { } after)
        {
            yield return after;
        }
    }

    /// <summary>The word across a slash from <paramref name="from"/>, looking left (<paramref name="step"/> −1) or right
    /// (1): spaces, the slash, spaces, then the word's letters and digits; null when there is none.</summary>
    private static string? AcrossSlashFrom(string text, int from, int step)
    {
        var slash = SkipSpaces(text, from, step);
        if (slash < 0 || slash >= text.Length || text[slash] != '/')
        {
            return null;
        }

        var first = SkipSpaces(text, slash + step, step);
        var past = first;
        while (past >= 0 && past < text.Length && char.IsLetterOrDigit(text[past]))
        {
            past += step;
        }

        if (past == first)
        {
            return null;
        }

        return (step > 0 ? text[first..past] : text[(past + 1)..(first + 1)]).ToLowerInvariant();
    }

    private static int SkipSpaces(string text, int at, int step)
    {
        while (at >= 0 && at < text.Length && text[at] == ' ')
        {
            at += step;
        }

        return at;
    }

    /// <summary>Whether the learner wrote <paramref name="word"/> all in capitals ("CORS", "SNS"): an acronym, typed
    /// letter by letter on purpose.</summary>
    public static bool WrittenInCapitals(string text, string word) =>
        FindWord(text, word) is var at and >= 0 && text.AsSpan(at, word.Length) is var written && written.ContainsAnyInRange('A', 'Z') && !written.ContainsAnyInRange('a', 'z');
}
