using StudyBot.Cohorts;

namespace StudyBot.Reminders;

public enum ReminderSlot
{
    /// <summary>The morning plan: day, sessions, labs, checkpoints.</summary>
    Morning,

    /// <summary>The reminder before a lab, on days with labs.</summary>
    Lab,
}

/// <summary>Where a cohort is on a date: the n-th class day, and what the roadmap says for it.</summary>
public sealed record CoursePosition(DateOnly Date, int CourseDay, RoadmapDay? Day, RoadmapStage? Stage, int Month);

/// <summary>Cohort calendar arithmetic: class days, course days, slot instants in the cohort's zone (DST-aware).</summary>
public static class CourseCalendar
{
    private const int MaxCourseDays = 3660;

    public static TimeZoneInfo Zone(Cohort cohort) => TimeZoneInfo.FindSystemTimeZoneById(cohort.TimeZone);

    public static bool TryFindZone(string id, out TimeZoneInfo? zone)
    {
        // IANA ids only in the API; TryFindSystemTimeZoneById also knows Windows ids, which we do not promise.
        zone = null;
        var ianaShaped = !string.IsNullOrWhiteSpace(id) && (id.Contains('/', StringComparison.Ordinal) || id == "UTC");
        return ianaShaped && TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone);
    }

    public static bool IsClassDay(Cohort cohort, DateOnly date) =>
        date >= cohort.StartDate && cohort.Weekdays.Contains(date.DayOfWeek) && !cohort.SkipDates.Contains(date);

    /// <summary>The 1-based class-day number of <paramref name="date"/>, or null when it is no class day.</summary>
    public static int? CourseDayOf(Cohort cohort, DateOnly date)
    {
        if (!IsClassDay(cohort, date) || date.DayNumber - cohort.StartDate.DayNumber > MaxCourseDays)
        {
            return null;
        }

        var n = 0;
        for (var d = cohort.StartDate; d <= date; d = d.AddDays(1))
        {
            if (IsClassDay(cohort, d))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>What the roadmap has for the cohort on <paramref name="date"/>; null when it is no class day or the
    /// fixed-length course is over.</summary>
    public static CoursePosition? PositionOn(Cohort cohort, Roadmap roadmap, DateOnly date)
    {
        if (CourseDayOf(cohort, date) is not { } n)
        {
            return null;
        }

        var month = ((date.Year - cohort.StartDate.Year) * 12) + date.Month - cohort.StartDate.Month + (date.Day >= cohort.StartDate.Day ? 1 : 0);
        month = Math.Max(1, month);
        if (roadmap.Days.Count > 0)
        {
            return roadmap.Day(n) is { } day ? new CoursePosition(date, n, day, null, month) : null;
        }

        return new CoursePosition(date, n, null, roadmap.StageInMonth(month), month);
    }

    /// <summary>The previous class day that has a position (for "finished the previous class day's checkpoints": on Monday, Friday).</summary>
    public static CoursePosition? PreviousPosition(Cohort cohort, Roadmap roadmap, CoursePosition position)
    {
        for (var d = position.Date.AddDays(-1); d >= cohort.StartDate && position.Date.DayNumber - d.DayNumber <= 31; d = d.AddDays(-1))
        {
            if (PositionOn(cohort, roadmap, d) is { } p)
            {
                return p;
            }
        }

        return null;
    }

    public static TimeOnly? SlotTime(Cohort cohort, Roadmap roadmap, ReminderSlot slot) =>
        slot == ReminderSlot.Morning ? cohort.Morning : cohort.Lab ?? roadmap.LabTime;

    /// <summary>Whether the slot is sent on that date at all (morning on every course day, lab on days with labs).</summary>
    public static bool HasSlot(Cohort cohort, Roadmap roadmap, DateOnly date, ReminderSlot slot) =>
        PositionOn(cohort, roadmap, date) is { } p
        && (slot == ReminderSlot.Morning || (SlotTime(cohort, roadmap, slot) is not null && p.Day?.HasLab == true));

    /// <summary>The instant of a local wall-clock time in the cohort's zone. A time that does not exist (spring-forward
    /// gap) moves forward by the gap, as clocks do; an ambiguous time (fall-back) is its first occurrence.</summary>
    public static DateTimeOffset ToInstant(TimeZoneInfo zone, DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            local = local + (after - before);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public static DateOnly LocalDate(TimeZoneInfo zone, DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The next slot instant after <paramref name="now"/> (within a year), with its date and slot.</summary>
    public static (DateTimeOffset At, DateOnly Date, ReminderSlot Slot)? NextReminder(Cohort cohort, Roadmap roadmap, DateTimeOffset now)
    {
        if (cohort.Paused)
        {
            return null;
        }

        var zone = Zone(cohort);
        var from = LocalDate(zone, now);
        if (from < cohort.StartDate)
        {
            from = cohort.StartDate;
        }

        for (var date = from; date.DayNumber - from.DayNumber <= 366; date = date.AddDays(1))
        {
            var candidates = new List<(DateTimeOffset, DateOnly, ReminderSlot)>();
            foreach (var slot in Enum.GetValues<ReminderSlot>())
            {
                if (HasSlot(cohort, roadmap, date, slot) && SlotTime(cohort, roadmap, slot) is { } t && ToInstant(zone, date, t) is var at && at > now)
                {
                    candidates.Add((at, date, slot));
                }
            }

            if (candidates.Count > 0)
            {
                return candidates.MinBy(c => c.Item1);
            }

            if (roadmap.Days.Count > 0 && CourseDayOf(cohort, date) is { } n && n >= roadmap.Days.Count)
            {
                return null; // the course is over
            }
        }

        return null;
    }
}
