using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyBot.Cohorts;

/// <summary>A study cohort: who follows which track from when, in which time zone, with which reminder times.</summary>
public sealed partial record Cohort
{
    public required string Id { get; init; }

    public required string Track { get; init; }

    public required DateOnly StartDate { get; init; }

    /// <summary>IANA time zone id (e.g. <c>Asia/Seoul</c>).</summary>
    public required string TimeZone { get; init; }

    public string Locale { get; init; } = "ko";

    public TimeOnly Morning { get; init; } = new(9, 0);

    /// <summary>Lab reminder time; null = the track's lab time from the roadmap file.</summary>
    public TimeOnly? Lab { get; init; }

    public IReadOnlyList<DayOfWeek> Weekdays { get; init; } = DefaultWeekdays;

    public IReadOnlyList<DateOnly> SkipDates { get; init; } = [];

    public bool Paused { get; init; }

    /// <summary>Slots due before the cohort existed are never sent.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public static readonly IReadOnlyList<DayOfWeek> DefaultWeekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    public static string WeekdayName(DayOfWeek d) => d.ToString()[..3];

    public static bool TryParseWeekday(string s, out DayOfWeek day)
    {
        foreach (var d in Enum.GetValues<DayOfWeek>())
        {
            if (string.Equals(WeekdayName(d), s, StringComparison.OrdinalIgnoreCase) || string.Equals(d.ToString(), s, StringComparison.OrdinalIgnoreCase))
            {
                day = d;
                return true;
            }
        }

        day = default;
        return false;
    }

    public static string FormatDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatTime(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    // Lower-case letters, digits and '-': safe in table keys and URLs, and never contains the '|' key separator.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();
}
