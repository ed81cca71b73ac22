using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace StudyBot.Guides;

/// <summary>The measure of a number a question asks (<see cref="Question.Unit"/>): the counter after 몇 ("몇점", "몇 명") or
/// the noun after "how many", as the counter the guides glue to digits ("(8점)", "100명", "2주"). One place for the
/// counters, how a question names each and how a line writes each, so the reader and the engine agree.</summary>
public static partial class Measure
{
    /// <summary>Counters after 몇 that measure what a line gives with digits ("(8점)", "100명", "2주", "4시간"), a longer
    /// one before the shorter it starts with. Not the loose counters of things (개, 대, 번): the guides count servers and
    /// items with other words or none ("EC2 인스턴스 3"), so a number without them still answers.</summary>
    public static readonly string[] Counters = ["개월", "시간", "점", "명", "주", "일", "분", "초", "년"];

    /// <summary>The unit of time a Hangul word written after digits is when a suffix of frequency or duration follows it
    /// ("15초마다" → 초 "every 15 seconds", "3분마다" → 분, "5일간" → 일 "for 5 days"); else null. The unit glued on is
    /// a word of the line, though no piece of the word of two syllables or more is it.</summary>
    public static string? TimeUnitAfterDigits(string word)
    {
        foreach (var unit in TimeUnits)
        {
            if (word.StartsWith(unit, StringComparison.Ordinal) && word.Length > unit.Length && TimeSuffixes.Contains(word[unit.Length..]))
            {
                return unit;
            }
        }

        return null;
    }

    // The counters of time (all but 점 and 명), in the order of Counters, and what says how often or how long after them.
    private static readonly string[] TimeUnits = [.. Counters.Where(c => c is not ("점" or "명"))];
    private static readonly FrozenSet<string> TimeSuffixes = FrozenSet.ToFrozenSet(["마다", "간", "동안", "이내", "째"], StringComparer.Ordinal);

    /// <summary>The counter <paramref name="word"/> (what follows 몇) starts with, or null.</summary>
    public static string? CounterOf(string word) => Array.Find(Counters, c => word.StartsWith(c, StringComparison.Ordinal));

    /// <summary>The counter an English noun after "how many" names ("points" → 점), or null.</summary>
    public static string? OfEnglishNoun(string noun) => EnglishNouns.GetValueOrDefault(noun);

    /// <summary>Whether a line gives a number of <paramref name="unit"/>: digits with the counter glued on or after a space
    /// ("(8점)", "3 명"), or its English word ("10 points", "2 weeks").</summary>
    public static bool Gives(string unit, string text)
    {
        foreach (Match m in NumberThenWord().Matches(text))
        {
            var word = m.Groups[1].Value;
            if (word.StartsWith(unit, StringComparison.Ordinal) || (Written.TryGetValue(unit, out var english) && english.Contains(word.ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    // The nouns after "how many" that name a measure. Only whole words: an abbreviation a line writes after digits
    // ("5 m", "30 s") is too short to read as the noun a learner asks with.
    private static readonly FrozenDictionary<string, string> EnglishNouns = new Dictionary<string, string>
    {
        ["points"] = "점",
        ["point"] = "점",
        ["pts"] = "점",
        ["people"] = "명",
        ["persons"] = "명",
        ["members"] = "명",
        ["weeks"] = "주",
        ["days"] = "일",
        ["hours"] = "시간",
        ["minutes"] = "분",
        ["seconds"] = "초",
        ["months"] = "개월",
        ["years"] = "년",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // How a line writes each counter in English after a number.
    private static readonly FrozenDictionary<string, string[]> Written = new Dictionary<string, string[]>
    {
        ["점"] = ["points", "point", "pts", "pt"],
        ["명"] = ["people", "persons", "members"],
        ["주"] = ["weeks", "week"],
        ["일"] = ["days", "day"],
        ["시간"] = ["hours", "hour", "h"],
        ["분"] = ["minutes", "min", "m"],
        ["초"] = ["seconds", "sec", "s"],
        ["개월"] = ["months", "month"],
        ["년"] = ["years", "year"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex(@"\d\s*([가-힣]+|[A-Za-z]+)")]
    private static partial Regex NumberThenWord();
}
