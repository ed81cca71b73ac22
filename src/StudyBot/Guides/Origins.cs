using System.Text.RegularExpressions;

namespace StudyBot.Guides;

/// <summary>Where a thing or its name comes from: a question asking it ("그라파나 이름 어디서 온거임", "이름 뜻", "무슨 단어
/// 합친 거", "처음 제안한 회사", "where does the name … come from", "came out of") and a line telling it (the guides'
/// "… 에서 유래", "… 의 합성어", "… 에서 시작된", "… 에서 처음 제안한", "… 에서 개발"). The guides keep such trivia in a
/// session's Fun Facts, beside lines that only mention the same name: for such a question the line telling an origin is
/// what fits and earns the hint bonus (<see cref="AnswerTuning.HintBonus"/>), not any line naming a thing. One place for both readings.</summary>
public static partial class Origins
{
    /// <summary>Whether the question asks where a thing or its name comes from. The name's meaning or parts count only
    /// after 이름 ("이름 뜻", "이름이 두 단어 합친"): "오퍼레이터는 뭐랑 뭐를 합친거" asks what the thing is made of.</summary>
    public static bool Asked(string question) => AsksOrigin().IsMatch(question);

    /// <summary>Whether the question asks what a name means ("그라파나 이름 뜻", "이름의 의미", "what does the name grafana
    /// mean"): where the name comes from, which the guides write as a fact about the thing, not a definition of it — so a
    /// question the reader took for a definition asks a name (<see cref="QuestionReader"/>). One of the readings of
    /// <see cref="Asked"/>.</summary>
    public static bool NameMeaningAsked(string question) => NameMeaning().IsMatch(question);

    /// <summary>Whether a guide line tells where a thing or its name comes from.</summary>
    public static bool Told(string line) => TellsOrigin().IsMatch(line);

    // The meaning of a name: 이름 and, up to four words on, 뜻 or 의미; "name" before "mean(s, ing)" or after "meaning".
    private const string NameMeaningPattern = @"이름\S*\s+(?:\S+\s+){0,4}?\S*(?:뜻|의미)|\bnames?\b.*\bmean|\bmeaning\b.*\bnames?\b";

    [GeneratedRegex(NameMeaningPattern, RegexOptions.IgnoreCase)]
    private static partial Regex NameMeaning();

    [GeneratedRegex(NameMeaningPattern + @"|유래|어원|따온|따왔|이름\S*\s+(?:\S+\s+){0,4}?\S*(어디서|합친|합쳐|합성|붙인)|처음\s*(제안|들고)|들고\s*나온|에서\s*시작된"
        + @"|\borigins?\b|named after|\bname\b.*\b(come|came|comes) from|made up (from|of) two words|mashup|portmanteau|\b(came|come|comes) out of"
        + @"|who (came up with|invented|proposed)|first proposed", RegexOptions.IgnoreCase)]
    private static partial Regex AsksOrigin();

    [GeneratedRegex(@"유래|합성어|에서\s*시작|처음\s*제안|에서\s*개발|named after", RegexOptions.IgnoreCase)]
    private static partial Regex TellsOrigin();
}
