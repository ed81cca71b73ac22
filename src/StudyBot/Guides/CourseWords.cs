using System.Collections.Frozen;

namespace StudyBot.Guides;

/// <summary>Words that name the course itself or its parts — its track, class, lectures, chapters, sections and sessions
/// ("infra track", "the course", "수업때 본", "강의에서는", "챕터", "세션"). A learner writes them to say where they met a
/// thing, not as a thing the answer must treat: when the guides never use the word it is guide talk (set aside for the
/// coverage floor, never the question's unknown topic), as a word naming a guide is. A question naming another course's
/// topic ("파이썬 강의 추천", "yoga class schedule") keeps that topic, so it stays declined.</summary>
public static class CourseWords
{
    /// <summary>The words naming the course as a whole (course, track, 코스, 트랙). The guides call themselves by them too,
    /// so the engine's words for a guide are built from these (AnswerEngine.GuideWords): one list, not two kept alike.</summary>
    public static readonly IReadOnlyList<string> Whole = ["course", "courses", "track", "tracks", "코스", "트랙"];

    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        .. Whole,
        "class", "classes", "lecture", "lectures", "chapter", "chapters", "section", "sections", "session", "sessions",
        "강의", "수업", "수업때", "챕터", "세션", "섹션", "클래스",
    ], StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (lower case) names the course or one of its parts.</summary>
    public static bool Names(string word) => Words.Contains(word);
}
