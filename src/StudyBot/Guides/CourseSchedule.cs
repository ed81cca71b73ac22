namespace StudyBot.Guides;

/// <summary>A place in the course a learner can name ("1주차", "day 5", "2단계", "the first couple of months") and the
/// guide section it covers: a week's topic or a day's session (<see cref="Week"/>, <see cref="Day"/>), or a stage of a
/// role guide's roadmap with its months (<see cref="Stage"/>, <see cref="FromMonth"/>–<see cref="ToMonth"/>).</summary>
/// <param name="Section">The section's key (<c>guide#anchor</c>).</param>
/// <param name="ToMonth">Last month of the stage; null for an open end ("7개월 이상").</param>
public sealed record CoursePlace(string Section, int? Week = null, int? Day = null, int? Stage = null, int? FromMonth = null, int? ToMonth = null);

/// <summary>Where the course's weeks, days and stages are in the guides (the roadmaps, <c>guides/roadmaps.yaml</c>):
/// what the answer engine needs to read "1주차에 클러스터 뭘로 설치해?" as a question about week 1's section. A track
/// without a roadmap simply has no places.</summary>
public interface ICourseSchedule
{
    /// <summary>The places of every track's roadmap in <paramref name="catalog"/>; empty when the roadmaps do not fit
    /// it (the reminders report that, answers keep working).</summary>
    IReadOnlyList<CoursePlace> Places(GuideCatalog catalog);
}

/// <summary>What a question names of the course (see <see cref="CourseReferences"/>).</summary>
public enum CourseUnit
{
    Week,
    Day,
    Stage,
    Month,
}

/// <summary>The course places resolved to the index's section ordinals, answering "which sections are week 1 / day 5 /
/// stage 2 / months 1–2".</summary>
public sealed class CourseMap
{
    /// <summary>A reference to the last week, day or stage ("마지막주", "last stage").</summary>
    public const int Last = int.MaxValue;

    private readonly (CoursePlace Place, int Section)[] _places;

    public CourseMap(IEnumerable<CoursePlace> places, Func<string, int?> ordinal) =>
        _places = places.Select(p => (p, ordinal(p.Section))).Where(x => x.Item2 is not null).Select(x => (x.p, x.Item2!.Value)).ToArray();

    public static readonly CourseMap Empty = new([], _ => null);

    /// <summary>Whether <paramref name="section"/> is a week or a stage of the course: a part of the plan, where "when do
    /// we study …" is answered. (A day's sessions are not: a weekly guide's day holds all of it.)</summary>
    public bool Schedules(int section) => _places.Any(p => p.Section == section && p.Place.Day is null);

    /// <summary>The number of the week or stage whose section heading has the word naming it ("eks" → week 4, "기초" →
    /// stage 1): null unless exactly one number's places do (a word in several weeks' headings names none of them).</summary>
    public int? Named(CourseUnit unit, Func<int, bool> headingHas)
    {
        var numbers = _places.Where(p => p.Place.Day is null || unit == CourseUnit.Day)
            .Select(p => (Number: Number(p.Place, unit), p.Section)).Where(p => p.Number is not null && headingHas(p.Section))
            .Select(p => p.Number!.Value).Distinct().ToArray();
        return numbers.Length == 1 ? numbers[0] : null;
    }

    /// <summary>The sections a reference names, in order, without repeats; empty when the course has no such place.
    /// <paramref name="shift"/> moves to the place after (+1) or before (−1) the one named ("right after week 4").</summary>
    public IReadOnlyList<int> Sections(CourseUnit unit, int from, int to, int shift = 0)
    {
        if (unit != CourseUnit.Month && from == Last)
        {
            var numbers = _places.Select(p => Number(p.Place, unit)).OfType<int>().ToArray();
            if (numbers.Length == 0)
            {
                return [];
            }

            from = to = numbers.Max();
        }

        if (unit != CourseUnit.Month)
        {
            from += shift;
            to += shift;
        }

        return _places.Where(p => unit == CourseUnit.Month
                ? p.Place.FromMonth is { } start && start <= to && (p.Place.ToMonth ?? int.MaxValue) >= from
                : Number(p.Place, unit) is { } n && n >= from && n <= to)
            .Select(p => p.Section).Distinct().ToArray();
    }

    private static int? Number(CoursePlace place, CourseUnit unit) => unit switch
    {
        CourseUnit.Week => place.Week,
        CourseUnit.Day => place.Day,
        CourseUnit.Stage => place.Stage,
        _ => null,
    };
}
