using System.Collections.Frozen;
using System.Globalization;

namespace StudyBot.Guides;

/// <summary>A place in the course a question names: "1주차" (week 1), "day 5", "3일차", "2단계" / "stage 2" / "두번째
/// 단계", "첫주" / "first week" / "마지막주", and months ("1-2개월", "5~6개월차", "7개월 넘어가면", "months 3-4", "first
/// couple of months").</summary>
/// <param name="Unit">What is counted.</param>
/// <param name="From">First number (<see cref="CourseMap.Last"/> for "last").</param>
/// <param name="To">Last number of a range (= <paramref name="From"/> for one).</param>
/// <param name="Start">Index of its first word in the question's words.</param>
/// <param name="Length">How many words it takes.</param>
public sealed record CourseReference(CourseUnit Unit, int From, int To, int Start, int Length)
{
    /// <summary>The place named by its topic rather than its number ("the eks week", "네트워킹 모듈"): its naming word, which
    /// the index matches against the headings of that unit's places (<see cref="CourseMap.Named"/>); null for a
    /// numbered place. <see cref="From"/> and <see cref="To"/> are 0 until resolved.</summary>
    public string? Name { get; init; }

    /// <summary>How far from the named place the question points: +1 for the one after it ("right after week 4", "eks
    /// 주차 다음"), −1 for the one before ("the week before the gitops week", "3단계 이전"), 0 for the place itself.</summary>
    public int Shift { get; init; }
}

/// <summary>Finds the week, day, stage and month mentions of a question (its words as <see cref="QueryText.Words"/> gives
/// them). Korean counters follow their number ("1주차", "3일차", "2단계", "1-2개월") or an ordinal ("첫주", "두번째
/// 단계", "마지막 주"); English units come before their number ("week 1", "day5", "stage 2") or after an ordinal
/// ("first week", "second stage", "last week") — "a 5 week course" is a length, not week 5. Months are read in both
/// orders ("months 3-4", "first 2 months", "first couple of months"). A bounded scan of the words.</summary>
public static class CourseReferences
{
    private static readonly FrozenDictionary<string, CourseUnit> EnglishUnits = Words(
        (CourseUnit.Week, "week weeks module modules 모듈"), (CourseUnit.Day, "day days"), (CourseUnit.Stage, "stage stages phase"), (CourseUnit.Month, "month months"));

    // Korean counters after a number (with any particle after them: "주차에", "개월차엔", "단계에서").
    private static readonly (string Counter, CourseUnit Unit)[] KoreanCounters =
        [("주차", CourseUnit.Week), ("일차", CourseUnit.Day), ("단계", CourseUnit.Stage), ("개월", CourseUnit.Month), ("달차", CourseUnit.Month), ("달", CourseUnit.Month)];

    // Korean counters after an ordinal word ("첫주", "첫 날", "두번째 단계", "마지막주").
    // 모듈 and 과정 ("첫번째 모듈", "마지막 모듈", "첫번째 과정"): a part of the course by its place, as "module 4" is in
    // English — only after an ordinal, since alone they are other things ("Kernel 모듈", "설치 과정").
    private static readonly (string Counter, CourseUnit Unit)[] OrdinalCounters =
        [("주차", CourseUnit.Week), ("주", CourseUnit.Week), ("모듈", CourseUnit.Week), ("과정", CourseUnit.Week), ("날", CourseUnit.Day), ("일차", CourseUnit.Day), ("단계", CourseUnit.Stage)];

    // Counters a place is named by its topic with ("네트워킹 모듈", "eks 주차", "기초 단계"); English units likewise
    // ("the eks week", "gitops module").
    private static readonly (string Counter, CourseUnit Unit)[] NamedCounters =
        [("주차", CourseUnit.Week), ("모듈", CourseUnit.Week), ("단계", CourseUnit.Stage)];

    // Words that point next to a place: English before it ("after week 4", "right after the eks week", "the week before
    // stage 3"), Korean after it ("2주차 다음", "eks 주차 다음에", "3단계 이전").
    private static readonly FrozenDictionary<string, int> EnglishShifts = Words((1, "after"), (-1, "before"));

    private static readonly (string Word, int Shift)[] KoreanShifts = [("다음", 1), ("이전", -1)];

    // "right after", "just before", "immediately after": the adverb only says how close.
    private static readonly FrozenSet<string> Closely = FrozenSet.ToFrozenSet(["right", "just", "immediately", "directly"], StringComparer.Ordinal);

    // Not 두, 세, 네 alone: before a counter they count ("세 단계" is three stages, not the third).
    private static readonly FrozenDictionary<string, int> Ordinals = Words(
        (1, "첫 첫째 첫번째 처음 first 1st"), (2, "둘째 두번째 second 2nd"), (3, "셋째 세번째 third 3rd"), (4, "넷째 네번째 fourth 4th"),
        (5, "다섯째 다섯번째 fifth 5th"), (CourseMap.Last, "마지막 last final"));

    private static readonly int LongestOrdinal = Ordinals.Keys.Max(k => k.Length);

    private static readonly FrozenDictionary<string, int> NumberWords = Words(
        (1, "one"), (2, "two couple few"), (3, "three"), (4, "four"), (5, "five"), (6, "six"), (7, "seven"));

    private static FrozenDictionary<string, T> Words<T>(params (T Value, string Words)[] groups) =>
        groups.SelectMany(g => g.Words.Split(' ').Select(w => (Word: w, g.Value))).ToFrozenDictionary(x => x.Word, x => x.Value, StringComparer.Ordinal);

    public static IReadOnlyList<CourseReference> Find(IReadOnlyList<string> words)
    {
        var found = new List<CourseReference>();
        for (var i = 0; i < words.Count;)
        {
            if ((At(words, i) ?? Named(words, i)) is { } reference)
            {
                reference = Shifted(words, reference, found.Count == 0 ? 0 : found[^1].Start + found[^1].Length);
                found.Add(reference);
                i = reference.Start + reference.Length;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>A place named by its topic: a word and a counter after it ("eks 주차", "네트워킹 모듈에서"; "the eks week",
    /// "gitops module"), the counter not followed by a number. Which place (if any) the word names is the index's to say.
    /// Numbers, ordinals and articles do not name one ("5 week course", "a week", "this week", "last week").</summary>
    private static CourseReference? Named(IReadOnlyList<string> words, int i)
    {
        if (i + 1 >= words.Count || Number(words, i + 2) is not null || NotNames.Contains(words[i]) || IsDigits(words[i]) || Ordinal(words[i]) is not null
            || QueryText.IsHangul(words[i][0]) && !QueryText.IsHangul(words[i + 1][0]))
        {
            return null;
        }

        // "eks 하는 주에", "네트워킹 배우는 주차", "EKS를 다룬 주": a week named by what is done in it, the verb's adnominal
        // form between the topic and the week (only a week: "감지하는 단계" is a step of what the verb does).
        // An English name's particle is a word of its own ("eks를" → eks, 를).
        var verb = !QueryText.IsHangul(words[i][0]) && QueryText.OneSyllableParticles.Contains(words[i + 1]) ? i + 2 : i + 1;
        if (verb + 1 < words.Count && IsDoneIn(words[verb]) && Counter(words[verb + 1], VerbCounters) is { } week && Number(words, verb + 2) is null
            && QueryText.StripParticle(words[i]) is { Length: > 1 } topic)
        {
            return new CourseReference(week, 0, 0, i, verb + 2 - i) { Name = topic };
        }

        var next = words[i + 1];
        var unit = EnglishUnits.TryGetValue(next, out var english) && english != CourseUnit.Day && english != CourseUnit.Month ? english
            : QueryText.IsHangul(next[0]) ? Counter(next, NamedCounters) : null;
        var name = QueryText.StripParticle(words[i]);
        return unit is { } u && name.Length > 1 ? new CourseReference(u, 0, 0, i, 2) { Name = name } : null;
    }

    // The week after a verb that says what is done in it ("하는 주에", "배우는 주차", "다루는 모듈").
    private static readonly (string Counter, CourseUnit Unit)[] VerbCounters = [("주차", CourseUnit.Week), ("주", CourseUnit.Week), ("모듈", CourseUnit.Week)];

    /// <summary>A verb's adnominal form of two syllables or more, present or recalled ("하는", "배우는", "다루던") or past
    /// ("배운", "다룬": the last syllable closed by ㄴ). A noun closed so ("관련 주차") is let through: which week, if any,
    /// the word before it names is the headings' to say.</summary>
    private static bool IsDoneIn(string word) =>
        word.Length >= 2 && word.All(KoreanWords.IsSyllable) && (word[^1] is '는' or '던' || KoreanWords.Final(word[^1]) == KoreanWords.FinalNieun);

    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "this", "that", "each", "every", "per", "which", "what", "next", "previous", "same", "one", "whole", "이번", "저번", "지난", "다음", "이전", "매", "각", "몇", "어느", "무슨"],
        StringComparer.Ordinal);

    /// <summary><paramref name="reference"/> with the words that point next to it ("after", "다음") taken in and its
    /// <see cref="CourseReference.Shift"/> set; as it is when none do. <paramref name="free"/> is the first word no earlier
    /// reference took.</summary>
    private static CourseReference Shifted(IReadOnlyList<string> words, CourseReference reference, int free)
    {
        if (reference.Unit == CourseUnit.Month)
        {
            return reference; // months are a span of time, not places in a row
        }

        // English, before it: "(the week) (right) after (the) week 4".
        var at = reference.Start - 1;
        if (at >= free && words[at] == "the")
        {
            at--;
        }

        if (at >= free && EnglishShifts.TryGetValue(words[at], out var shift))
        {
            var start = at;
            if (start - 1 >= free && Closely.Contains(words[start - 1]))
            {
                start--;
            }

            if (start - 1 >= free && EnglishUnits.TryGetValue(words[start - 1], out var unit) && unit == reference.Unit)
            {
                start--; // "the week after week 4"
            }

            return reference with { Start = start, Length = reference.Start + reference.Length - start, Shift = shift };
        }

        // Korean, after it: "2주차 다음 (주차)", "eks 주차 다음에", "3단계 이전".
        var end = reference.Start + reference.Length;
        if (end < words.Count)
        {
            foreach (var (word, step) in KoreanShifts)
            {
                if (!words[end].StartsWith(word, StringComparison.Ordinal) || !IsShiftWord(words[end][word.Length..]))
                {
                    continue;
                }

                // The counter again, glued or apart: "다음주차", "다음 모듈".
                var length = reference.Length + 1;
                if (words[end].Length == word.Length && end + 1 < words.Count && Counter(words[end + 1], OrdinalCounters) == reference.Unit)
                {
                    length++;
                }

                return reference with { Length = length, Shift = step };
            }
        }

        return reference;
    }

    /// <summary>What may follow 다음/이전 in one word: nothing, a particle ("다음에", "다음은"), or the counter again ("다음주차").</summary>
    private static bool IsShiftWord(string rest) => rest.Length == 0 || rest is "에" or "은" or "엔" or "에는" or "으로" or "로" || Counter(rest, OrdinalCounters) is not null;

    /// <summary>The reference starting at word <paramref name="i"/>, or null.</summary>
    private static CourseReference? At(IReadOnlyList<string> words, int i)
    {
        var word = words[i];

        // "week1", "day5", "stage2": an English unit glued to its number.
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[^(digits + 1)]))
        {
            digits++;
        }

        if (digits > 0 && digits <= MaxPlaceDigits && digits < word.Length && EnglishUnits.TryGetValue(word[..^digits], out var glued))
        {
            var n = int.Parse(word[^digits..], CultureInfo.InvariantCulture);
            return new CourseReference(glued, n, n, i, 1);
        }

        // "week 1", "stage two", "months 3-4".
        if (EnglishUnits.TryGetValue(word, out var unit) && Number(words, i + 1) is { } after)
        {
            return Range(words, i + 2, after) is { } to
                ? new CourseReference(unit, after, to, i, 3)
                : new CourseReference(unit, after, after, i, 2);
        }

        // A number and 번째 before its counter: "2번째 모듈", "3번째주", "1번째 단계".
        if (IsDigits(word) && word.Length <= 2 && i + 1 < words.Count && words[i + 1].StartsWith("번째", StringComparison.Ordinal))
        {
            var n = int.Parse(word, CultureInfo.InvariantCulture);
            if (Glued(words[i + 1], 2, OrdinalCounters) is { } glued2)
            {
                return new CourseReference(glued2, n, n, i, 2);
            }

            if (words[i + 1].Length == 2 && i + 2 < words.Count
                && (EnglishUnits.TryGetValue(words[i + 2], out var english2) ? english2 : Counter(words[i + 2], OrdinalCounters)) is { } unit2 && unit2 != CourseUnit.Month)
            {
                return new CourseReference(unit2, n, n, i, 3);
            }
        }

        // An ordinal before its unit: "first week", "첫주", "첫 주", "두번째 단계", "마지막주"; "first couple of months",
        // "첫 1-2개월", "처음 1~2달" (the ordinal only says where the months start).
        if (Ordinal(word) is { } ordinal)
        {
            if (Glued(word, ordinal.Length, OrdinalCounters) is { } inWord)
            {
                return new CourseReference(inWord, ordinal.Number, ordinal.Number, i, 1);
            }

            if (word.Length == ordinal.Length && i + 1 < words.Count)
            {
                // "last week" and "last day" are the ones before this one, not the course's last; "the last week" and
                // "the last module" (no module is before this one) are the course's last.
                if ((EnglishUnits.TryGetValue(words[i + 1], out var english) ? english : Counter(words[i + 1], OrdinalCounters)) is { } next
                    && !(word == "last" && words[i + 1] is "week" or "day" && !(i > 0 && words[i - 1] == "the")))
                {
                    return new CourseReference(next, ordinal.Number, ordinal.Number, i, 2);
                }

                // "first (couple|2|1-2) (of) months", "처음 두달(동안)", "첫 세 달": months 1 to n.
                if (ordinal.Number == 1 && (Months(words, i + 1) ?? KoreanMonths(words, i + 1)) is { } months)
                {
                    return months with { Start = i, Length = months.Length + 1, From = months.To == months.From ? 1 : months.From };
                }
            }
        }

        return GonePast(words, Months(words, i)) ?? Years(words, i) ?? Counted(words, i) ?? NativeCounted(words, i);
    }

    /// <summary><paramref name="months"/>, a count of months, as the month after it when the question goes past it ("7개월
    /// 넘어가면", "after 6 months": month 8, month 7 — the stage "7개월 이상" holds them); a range or a count not gone
    /// past as it is.</summary>
    private static CourseReference? GonePast(IReadOnlyList<string> words, CourseReference? months) =>
        months is { From: var n, To: var to } && n == to && GoesPastAt(words, months.Start, months.Length)
            ? months with { From = n + 1, To = n + 1 }
            : months;

    /// <summary>Whether the words around a count go past it: Korean after it ("넘기고", "지나면", "후에"), English before
    /// it ("after", "past", "beyond").</summary>
    private static bool GoesPastAt(IReadOnlyList<string> words, int start, int length) =>
        GoesPast(At(words, start + length, string.Empty)) || (start > 0 && EnglishPast.Contains(words[start - 1]));

    private static readonly FrozenSet<string> EnglishPast = FrozenSet.ToFrozenSet(["after", "past", "beyond"], StringComparer.Ordinal);

    /// <summary>Months counted in years — 반년 and "half a year" (6), 일년, "1년", "한 해" and "a year" (12 each) — when the
    /// question goes past them ("반년 넘기고", "1년 지나면", "after half a year", "half a year in"): the month after them,
    /// as <see cref="GonePast"/> reads "6개월 넘기고". Not gone past, a year is a length ("1년치 데이터", "반년 동안") and
    /// names no place.</summary>
    private static CourseReference? Years(IReadOnlyList<string> words, int i)
    {
        var word = words[i];
        var (months, length) =
            YearWord(word, "반년") ? (6, 1)
            : YearWord(word, "일년") || YearWord(word, "한해") ? (12, 1)
            : word == "한" && YearWord(At(words, i + 1, string.Empty), "해") ? (12, 2)
            : IsDigits(word) && word.Length == 1 && YearWord(At(words, i + 1, string.Empty), "년") ? (12 * int.Parse(word, CultureInfo.InvariantCulture), 2)
            : word == "half" && At(words, i + 1, string.Empty) == "a" && At(words, i + 2, string.Empty) == "year" ? (6, 3)
            : word is "a" or "one" && At(words, i + 1, string.Empty) == "year" ? (12, 2)
            : (0, 0);
        var past = months > 0 && (GoesPastAt(words, i, length) || (!QueryText.IsHangul(word[0]) && At(words, i + length, string.Empty) == "in"));
        return past ? new CourseReference(CourseUnit.Month, months + 1, months + 1, i, length) : null;
    }

    /// <summary>Whether <paramref name="word"/> is <paramref name="year"/> with nothing or a particle after it.</summary>
    private static bool YearWord(string word, string year) =>
        word.StartsWith(year, StringComparison.Ordinal) && Particles.Contains(word[year.Length..]);

    /// <summary>"1주차", "3일차", "2단계" (a number and a Korean counter), or a number range and a counter ("1-2개월").</summary>
    private static CourseReference? Counted(IReadOnlyList<string> words, int i)
    {
        // A count of places has a few digits: a long run of them (an id, a port, a size in bytes) is none.
        if (!IsDigits(words[i]) || words[i].Length > MaxPlaceDigits)
        {
            return null;
        }

        var from = int.Parse(words[i], CultureInfo.InvariantCulture);
        var to = IsDigits(At(words, i + 1, string.Empty)) && words[i + 1].Length <= MaxPlaceDigits && Counter(At(words, i + 2, string.Empty), KoreanCounters) is not null
            ? int.Parse(words[i + 1], CultureInfo.InvariantCulture)
            : from;
        var at = to == from ? i + 1 : i + 2;
        return at < words.Count && Counter(words[at], KoreanCounters) is { } unit && unit != CourseUnit.Month && !CountsAmong(words, at)
            ? new CourseReference(unit, from, to, i, at - i + 1)
            : null;
    }

    /// <summary>Whether the counter at <paramref name="at"/> counts the things an ordinal then picks one of: "4단계 중에
    /// 3번째" (the 3rd of 4 steps), 중 ("among") glued or apart and an ordinal after it. Such a number is a total, not the
    /// course's stage 4; without the ordinal 중 is "during" ("2단계 중에 뭐 배워") and the place stands.</summary>
    private static bool CountsAmong(IReadOnlyList<string> words, int at)
    {
        var rest = words[at][KoreanCounters.First(c => words[at].StartsWith(c.Counter, StringComparison.Ordinal)).Counter.Length..];
        var among = rest.Length > 0 ? at : at + 1;
        if (!AmongWords.Contains(rest.Length > 0 ? rest : At(words, among, string.Empty)))
        {
            return false;
        }

        var next = At(words, among + 1, string.Empty);
        var digits = next.TakeWhile(char.IsAsciiDigit).Count();
        return Ordinal(next) is not null
            || (digits > 0 && (digits < next.Length ? next[digits..] : At(words, among + 2, string.Empty)).StartsWith("번째", StringComparison.Ordinal));
    }

    // 중 ("among") with the particles it takes after a count ("4단계 중에", "세 단계 중에서").
    private static readonly FrozenSet<string> AmongWords = FrozenSet.ToFrozenSet(["중", "중에", "중에서", "중에선"], StringComparer.Ordinal);

    /// <summary>Months: "1-2개월", "5~6개월차엔", "7개월", "3 4 months", "couple of months", "two months".</summary>
    private static CourseReference? Months(IReadOnlyList<string> words, int i)
    {
        // A count of months in a Sino-Korean numeral glued to 개월, the digit read aloud ("칠개월 넘어가면" is "7개월
        // 넘어가면"): 개월 is a counter only, so unmarked it is a count as the digit's is (marked by 차, SinoCounted's place).
        if (i < words.Count && SinoMonths(words[i]) is { } sino)
        {
            return new CourseReference(CourseUnit.Month, sino, sino, i, 1);
        }

        if (Number(words, i) is not { } from)
        {
            return null;
        }

        var at = i + 1;
        var to = from;
        if (Number(words, at) is { } second && second > from)
        {
            to = second;
            at++;
        }

        if (At(words, at, string.Empty) == "of")
        {
            at++;
        }

        return at < words.Count && (Counter(words[at], KoreanCounters) == CourseUnit.Month || (EnglishUnits.TryGetValue(words[at], out var unit) && unit == CourseUnit.Month))
            ? new CourseReference(CourseUnit.Month, from, to, i, at - i + 1)
            : null;
    }

    /// <summary>A count of months in Korean numerals ("두달동안", "세 달", "한두달", "여섯 개월간"): only after "처음"/"첫",
    /// where it says how far the first months go — alone "두달" is a length ("두달 걸려?"), not a place.</summary>
    private static CourseReference? KoreanMonths(IReadOnlyList<string> words, int i) =>
        NativeCount(words, i) is { Unit: CourseUnit.Month } count
            ? new CourseReference(CourseUnit.Month, count.From, count.To, i, count.Length)
            : null;

    /// <summary>A place counted in Korean native numerals, marked as one by 차/째 after its counter: "넉달차", "석 달째",
    /// "두주차", "사흘째" (the third day), or a pair of counts the last of which is so marked ("석달 넉달차", "다섯여섯달차"):
    /// the months, week or day the guides number with digits (3-4개월, Week 2, Day 3). Unmarked, a count is a length
    /// ("한달 동안", "두달 걸려?", "하루에 몇 잔") and is left as it is (after 처음/첫 see <see cref="KoreanMonths"/>).</summary>
    private static CourseReference? NativeCounted(IReadOnlyList<string> words, int i)
    {
        if (NativeCount(words, i) is not { } count)
        {
            return null;
        }

        if (!count.Place && NativeCount(words, i + count.Length) is { Place: true } last && last.Unit == count.Unit && last.From > count.To)
        {
            return new CourseReference(count.Unit, count.From, last.To, i, count.Length + last.Length);
        }

        if (count.Place)
        {
            return new CourseReference(count.Unit, count.From, count.To, i, count.Length);
        }

        // "일곱달 지나면", "석 달 넘어가면", "두달 후엔": a count the question goes past names the month after it, as
        // "7개월 넘어가면" does with digits (a week counted so stays a length: "한 주 지나면" is next week).
        return count.Unit == CourseUnit.Month && GoesPast(At(words, i + count.Length, string.Empty))
            ? GonePast(words, new CourseReference(count.Unit, count.From, count.To, i, count.Length))
            : null;
    }

    /// <summary>A word that goes past the count before it: 지나 (지나면, 지나서, 지난), 넘어/넘으/넘기 (넘어가면, 넘으면,
    /// 넘기면), 이후, 후 (후에, 후엔, 후부터, 후로).</summary>
    private static bool GoesPast(string word) =>
        PastStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal))
        || (word.StartsWith('후') && (Particles.Contains(word[1..]) || word[1..] is "로" or "론"));

    private static readonly string[] PastStems = ["지나", "지난", "넘어", "넘으", "넘기", "넘긴", "이후"];

    /// <summary>A count in Korean native numerals with its counter, glued on or the next word ("두달동안", "세 달 동안",
    /// "넉달차", "다섯여섯달차", "사흘째"), and whether 차/째 marks it as a place in the count rather than a length.</summary>
    private static (CourseUnit Unit, int From, int To, bool Place, int Length)? NativeCount(IReadOnlyList<string> words, int i)
    {
        if (i >= words.Count)
        {
            return null;
        }

        var word = words[i];
        foreach (var (days, n) in NativeDays)
        {
            // The day words hold their counter; only the ordinal 째/차 makes one a day of the course ("사흘째").
            if (word.StartsWith(days, StringComparison.Ordinal))
            {
                return PlaceMark(word[days.Length..]) is true ? (CourseUnit.Day, n, n, true, 1) : null;
            }
        }

        if (Numeral(word, 0) is not { } first)
        {
            return SinoCounted(word);
        }

        // Two numerals written together are a range ("다섯여섯달", as "한두달" is one).
        var (from, to, at) = first;
        if (Numeral(word, at) is { } second && second.From == to + 1)
        {
            (to, at) = (second.To, second.At);
        }

        // The counter glued on ("두달동안") or the next word ("두 달", "세 개월간", "석 달째").
        var (counter, length) = word.Length > at ? (word[at..], 1) : (At(words, i + 1, string.Empty), 2);
        foreach (var (name, unit) in NativeCounters)
        {
            if (!counter.StartsWith(name, StringComparison.Ordinal) || PlaceMark(counter[name.Length..]) is not { } place)
            {
                continue;
            }

            // A week is counted so only as a place ("두주차"): "한 주" is also a length or "this week".
            if (unit == CourseUnit.Week && !place)
            {
                return null;
            }

            // "세 달 동안": the "for" is part of it.
            return (unit, from, to, place, !place && During.Contains(At(words, i + length, string.Empty)) ? length + 1 : length);
        }

        return null;
    }

    /// <summary>A place counted in Sino-Korean numerals, the way a digit is read aloud, glued to its counter and marked by
    /// 차/째 ("삼주차" = 3주차, "이일차" = 2일차, "육개월차"): only as a place — unmarked, "이주" (migration), "사일"
    /// and "오일" (oil) are other words.</summary>
    private static (CourseUnit Unit, int From, int To, bool Place, int Length)? SinoCounted(string word)
    {
        var digit = word.Length < 3 ? -1 : Array.IndexOf(SinoNumerals, word[0]);
        if (digit < 0)
        {
            return null;
        }

        foreach (var (name, unit) in SinoCounters)
        {
            if (string.CompareOrdinal(word, 1, name, 0, name.Length) == 0 && PlaceMark(word[(1 + name.Length)..]) is true)
            {
                return (unit, digit + 1, digit + 1, true, 1);
            }
        }

        return null;
    }

    /// <summary>The months a Sino-Korean numeral glued to an unmarked 개월 counts ("칠개월", "삼개월부터"), else null.</summary>
    private static int? SinoMonths(string word) =>
        word.Length >= 3 && Array.IndexOf(SinoNumerals, word[0]) is var digit and >= 0
            && string.CompareOrdinal(word, 1, "개월", 0, 2) == 0 && PlaceMark(word[3..]) is false
            ? digit + 1
            : null;

    /// <summary>The native numeral at <paramref name="start"/> of <paramref name="word"/>: its number (a range for "한두"),
    /// and where it ends.</summary>
    private static (int From, int To, int At)? Numeral(string word, int start)
    {
        foreach (var (numeral, from, to) in KoreanNumerals)
        {
            if (string.CompareOrdinal(word, start, numeral, 0, numeral.Length) == 0)
            {
                return (from, to, start + numeral.Length);
            }
        }

        return null;
    }

    /// <summary>What follows a counter: true for the ordinal 차/째 (with a particle: "차엔", "째에"), false for nothing,
    /// "동안"/"간" (for) or a particle — a length or a count — and null for anything else ("주기", "달력").</summary>
    private static bool? PlaceMark(string rest) =>
        rest.Length > 0 && rest[0] is '차' or '째' ? (Particles.Contains(rest[1..]) ? true : null)
        : Particles.Contains(rest) || During.Any(d => rest.StartsWith(d, StringComparison.Ordinal) && Particles.Contains(rest[d.Length..])) ? false
        : null;

    // Its own list on purpose: what may follow a counter ("3주차엔", "2주쯤", "1주때"), with nothing, 쯤, 때 and 이면,
    // not the particles stripped from a word's end (QueryText).
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["", "에", "엔", "에는", "에서", "에선", "은", "는", "도", "이", "가", "을", "를", "부터", "까지", "쯤", "인데", "때", "이면", "면"], StringComparer.Ordinal);

    private static readonly string[] During = ["동안", "간"];

    /// <summary>The native Korean numerals naming one number, <paramref name="from"/> or more ("다섯" 5 … "아홉" 9), with it.</summary>
    public static IEnumerable<(string Numeral, int Number)> NativeNumbers(int from) =>
        KoreanNumerals.Where(n => n.From == n.To && n.From >= from).Select(n => (n.Numeral, n.From));

    // Korean native numerals before a counter, longest first ("한두" before "한"; "다섯" is not "다").
    private static readonly (string Numeral, int From, int To)[] KoreanNumerals =
        [("한두", 1, 2), ("두세", 2, 3), ("서너", 3, 4), ("다섯", 5, 5), ("여섯", 6, 6), ("일곱", 7, 7), ("여덟", 8, 8), ("아홉", 9, 9),
         ("한", 1, 1), ("두", 2, 2), ("세", 3, 3), ("석", 3, 3), ("네", 4, 4), ("넉", 4, 4)];

    // Sino-Korean numerals 1 to 9 (the digits read aloud), and the counters they count the course's places with.
    private static readonly char[] SinoNumerals = ['일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];

    private static readonly (string Counter, CourseUnit Unit)[] SinoCounters = [("개월", CourseUnit.Month), ("주", CourseUnit.Week), ("일", CourseUnit.Day)];

    // The counters a native count is written with (개월 before 달 is not needed: neither starts the other).
    private static readonly (string Counter, CourseUnit Unit)[] NativeCounters = [("개월", CourseUnit.Month), ("달", CourseUnit.Month), ("주", CourseUnit.Week)];

    // Day counts in native words, the counter inside them: 하루 (1), 이틀 (2), 사흘 (3), 나흘 (4), 닷새 (5).
    private static readonly (string Days, int Number)[] NativeDays = [("하루", 1), ("이틀", 2), ("사흘", 3), ("나흘", 4), ("닷새", 5)];

    /// <summary>A range's end after a number ("months 3-4" → 4), when it is larger.</summary>
    private static int? Range(IReadOnlyList<string> words, int i, int from) => Number(words, i) is { } to && to > from ? to : null;

    private static int? Number(IReadOnlyList<string> words, int i) =>
        i >= words.Count ? null
        : IsDigits(words[i]) && words[i].Length <= 2 ? int.Parse(words[i], CultureInfo.InvariantCulture)
        : NumberWords.TryGetValue(words[i], out var n) ? n
        : null;

    private static (int Number, int Length)? Ordinal(string word)
    {
        // Longest first: "첫번째단계" is 첫번째 and 단계, not 첫 and 번째단계. Only a start as long as the longest ordinal
        // can be one, so a long word costs no more than a short one.
        for (var length = Math.Min(word.Length, LongestOrdinal); length >= 1; length--)
        {
            if (Ordinals.TryGetValue(word[..length], out var n))
            {
                return (n, length);
            }
        }

        return null;
    }

    /// <summary>The unit of a counter glued to an ordinal ("첫주" → week, "두번째단계" → stage), with a particle after it.</summary>
    private static CourseUnit? Glued(string word, int start, (string Counter, CourseUnit Unit)[] counters) =>
        start < word.Length && QueryText.IsHangul(word[start]) ? Counter(word[start..], counters) : null;

    /// <summary>The unit of a Korean counter, alone or with its particle ("주차에", "개월차엔", "달은"; "주" only alone
    /// or with one particle syllable, since "주기", "주요" are other words).</summary>
    private static CourseUnit? Counter(string word, (string Counter, CourseUnit Unit)[] counters)
    {
        foreach (var (counter, unit) in counters)
        {
            if (word.StartsWith(counter, StringComparison.Ordinal)
                && (counter.Length >= 2 || word.Length == 1 || (word.Length == 2 && word[1] is '에' or '는' or '은' or '엔' or '차' or '때' or '도')))
            {
                return unit;
            }
        }

        return null;
    }

    private const int MaxPlaceDigits = 3;

    private static bool IsDigits(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);

    private static string At(IReadOnlyList<string> words, int i, string none) => i < words.Count ? words[i] : none;
}
