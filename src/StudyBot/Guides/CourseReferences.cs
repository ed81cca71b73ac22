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
public sealed record CourseReference(CourseUnit Unit, int From, int To, int Start, int Length);

/// <summary>Finds the week, day, stage and month mentions of a question (its words as <see cref="QueryText.Words"/> gives
/// them). Korean counters follow their number ("1주차", "3일차", "2단계", "1-2개월") or an ordinal ("첫주", "두번째
/// 단계", "마지막 주"); English units come before their number ("week 1", "day5", "stage 2") or after an ordinal
/// ("first week", "second stage", "last week") — "a 5 week course" is a length, not week 5. Months are read in both
/// orders ("months 3-4", "first 2 months", "first couple of months"). A bounded scan of the words.</summary>
public static class CourseReferences
{
    private static readonly FrozenDictionary<string, CourseUnit> EnglishUnits = Words(
        (CourseUnit.Week, "week weeks module"), (CourseUnit.Day, "day days"), (CourseUnit.Stage, "stage stages phase"), (CourseUnit.Month, "month months"));

    // Korean counters after a number (with any particle after them: "주차에", "개월차엔", "단계에서").
    private static readonly (string Counter, CourseUnit Unit)[] KoreanCounters =
        [("주차", CourseUnit.Week), ("일차", CourseUnit.Day), ("단계", CourseUnit.Stage), ("개월", CourseUnit.Month), ("달차", CourseUnit.Month), ("달", CourseUnit.Month)];

    // Korean counters after an ordinal word ("첫주", "첫 날", "두번째 단계", "마지막주").
    private static readonly (string Counter, CourseUnit Unit)[] OrdinalCounters =
        [("주차", CourseUnit.Week), ("주", CourseUnit.Week), ("날", CourseUnit.Day), ("일차", CourseUnit.Day), ("단계", CourseUnit.Stage)];

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
            if (At(words, i) is { } reference)
            {
                found.Add(reference);
                i += reference.Length;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

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

        if (digits > 0 && digits < word.Length && EnglishUnits.TryGetValue(word[..^digits], out var glued))
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
                // "last week" and "last day" are the ones before this one, not the course's last.
                if ((EnglishUnits.TryGetValue(words[i + 1], out var english) ? english : Counter(words[i + 1], OrdinalCounters)) is { } next
                    && !(word == "last" && next is CourseUnit.Week or CourseUnit.Day))
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

        return Months(words, i) ?? Counted(words, i);
    }

    /// <summary>"1주차", "3일차", "2단계" (a number and a Korean counter), or a number range and a counter ("1-2개월").</summary>
    private static CourseReference? Counted(IReadOnlyList<string> words, int i)
    {
        if (!IsDigits(words[i]))
        {
            return null;
        }

        var from = int.Parse(words[i], CultureInfo.InvariantCulture);
        var to = IsDigits(At(words, i + 1, string.Empty)) && Counter(At(words, i + 2, string.Empty), KoreanCounters) is not null
            ? int.Parse(words[i + 1], CultureInfo.InvariantCulture)
            : from;
        var at = to == from ? i + 1 : i + 2;
        return at < words.Count && Counter(words[at], KoreanCounters) is { } unit && unit != CourseUnit.Month
            ? new CourseReference(unit, from, to, i, at - i + 1)
            : null;
    }

    /// <summary>Months: "1-2개월", "5~6개월차엔", "7개월", "3 4 months", "couple of months", "two months".</summary>
    private static CourseReference? Months(IReadOnlyList<string> words, int i)
    {
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
    private static CourseReference? KoreanMonths(IReadOnlyList<string> words, int i)
    {
        if (i >= words.Count)
        {
            return null;
        }

        var word = words[i];
        foreach (var (numeral, from, to) in KoreanNumerals)
        {
            if (!word.StartsWith(numeral, StringComparison.Ordinal))
            {
                continue;
            }

            // The counter glued on ("두달동안") or the next word ("두 달", "세 개월간").
            var (counter, length) = word.Length > numeral.Length ? (word[numeral.Length..], 1) : (At(words, i + 1, string.Empty), 2);
            if (!IsMonths(counter))
            {
                return null;
            }

            // "세 달 동안": the "for" is part of it.
            return new CourseReference(CourseUnit.Month, from, to, i, During.Contains(At(words, i + length, string.Empty)) ? length + 1 : length);
        }

        return null;
    }

    /// <summary>A month counter, with "동안"/"간" (for) or a particle after it: "달", "달동안", "개월간", "달은".</summary>
    private static bool IsMonths(string word)
    {
        foreach (var during in During)
        {
            if (word.Length > during.Length && word.EndsWith(during, StringComparison.Ordinal))
            {
                word = word[..^during.Length];
                break;
            }
        }

        return Counter(word, KoreanCounters) == CourseUnit.Month;
    }

    private static readonly string[] During = ["동안", "간"];

    // Korean native numerals before a counter, longest first ("한두" before "한"; "다섯" is not "다").
    private static readonly (string Numeral, int From, int To)[] KoreanNumerals =
        [("한두", 1, 2), ("두세", 2, 3), ("다섯", 5, 5), ("여섯", 6, 6), ("일곱", 7, 7), ("한", 1, 1), ("두", 2, 2), ("세", 3, 3), ("석", 3, 3), ("네", 4, 4), ("넉", 4, 4)];

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

    private static bool IsDigits(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);

    private static string At(IReadOnlyList<string> words, int i, string none) => i < words.Count ? words[i] : none;
}
