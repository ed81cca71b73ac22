using StudyBot.Cohorts;
using StudyBot.Reminders;

namespace StudyBot.Tests.Reminders;

public sealed class CourseCalendarTests
{
    private static readonly RoadmapCatalog Catalog = RoadmapBuilder.Build(SeedGuides.Catalog, RoadmapFile.Load(SeedGuides.Folder));

    private static Cohort NewCohort(string track, string start, string zone = "Asia/Seoul", string[]? skip = null, DayOfWeek[]? weekdays = null) => new()
    {
        Id = "c1",
        Track = track,
        StartDate = DateOnly.Parse(start),
        TimeZone = zone,
        SkipDates = (skip ?? []).Select(DateOnly.Parse).ToArray(),
        Weekdays = weekdays ?? Cohort.DefaultWeekdays,
    };

    [Theory]
    // 2026-12-07 is a Monday. Week 1 = Dec 7–11, weekend skipped, week 2 starts Mon Dec 14.
    [InlineData("2026-12-07", 1, 1, 1)]
    [InlineData("2026-12-11", 5, 1, 5)]
    [InlineData("2026-12-14", 6, 2, 1)]
    [InlineData("2027-01-08", 25, 5, 5)]
    public void Five_week_course_days_skip_weekends(string date, int courseDay, int week, int day)
    {
        var cohort = NewCohort("devops-k8s-5weeks", "2026-12-07");
        var p = CourseCalendar.PositionOn(cohort, Catalog.Find(cohort.Track)!, DateOnly.Parse(date))!;
        Assert.Equal(courseDay, p.CourseDay);
        Assert.Equal((week, day), (p.Day!.Week, p.Day.Day));
    }

    [Fact]
    public void Weekends_days_before_start_skipped_dates_and_the_end_of_the_course_have_no_position()
    {
        var cohort = NewCohort("devops-k8s-5weeks", "2026-12-07", skip: ["2026-12-25"]);
        var roadmap = Catalog.Find(cohort.Track)!;
        Assert.Null(CourseCalendar.PositionOn(cohort, roadmap, new DateOnly(2026, 12, 12))); // Saturday
        Assert.Null(CourseCalendar.PositionOn(cohort, roadmap, new DateOnly(2026, 12, 4))); // before start
        Assert.Null(CourseCalendar.PositionOn(cohort, roadmap, new DateOnly(2026, 12, 25))); // skipped
        // The skipped Friday shifts the course: Monday Dec 28 is day 15, and the course ends a day later.
        Assert.Equal(15, CourseCalendar.PositionOn(cohort, roadmap, new DateOnly(2026, 12, 28))!.CourseDay);
        Assert.Equal(25, CourseCalendar.PositionOn(cohort, roadmap, new DateOnly(2027, 1, 11))!.CourseDay);
        Assert.Null(CourseCalendar.PositionOn(cohort, roadmap, new DateOnly(2027, 1, 12)));
    }

    [Fact]
    public void Custom_weekdays_count_only_those_days()
    {
        var cohort = NewCohort("k8s-week3-part3", "2026-12-07", weekdays: [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);
        var roadmap = Catalog.Find(cohort.Track)!;
        Assert.Null(CourseCalendar.PositionOn(cohort, roadmap, new DateOnly(2026, 12, 8)));
        var day5 = CourseCalendar.PositionOn(cohort, roadmap, new DateOnly(2026, 12, 16))!; // Mon, Wed, Fri, Mon, Wed
        Assert.Equal("Week 3 Day 5", $"Week {day5.Day!.Week} Day {day5.Day.Day}");
        Assert.True(CourseCalendar.HasSlot(cohort, roadmap, day5.Date, ReminderSlot.Lab));
        Assert.False(CourseCalendar.HasSlot(cohort, roadmap, new DateOnly(2026, 12, 7), ReminderSlot.Lab));
    }

    [Theory]
    [InlineData("2026-12-07", 1, 1)]
    [InlineData("2027-02-08", 3, 2)]
    [InlineData("2027-08-09", 9, 4)]
    public void Role_tracks_move_through_stages_by_month(string date, int month, int stage)
    {
        var cohort = NewCohort("infra-platform", "2026-12-07");
        var p = CourseCalendar.PositionOn(cohort, Catalog.Find(cohort.Track)!, DateOnly.Parse(date))!;
        Assert.Equal(month, p.Month);
        Assert.Equal(stage, p.Stage!.Number);
        Assert.Null(p.Day);
    }

    [Theory]
    // Seoul has no DST: 09:00 KST is always 00:00 UTC.
    [InlineData("Asia/Seoul", "2026-03-06", "09:00", "2026-03-06T00:00:00+00:00")]
    [InlineData("Asia/Seoul", "2026-11-02", "09:00", "2026-11-02T00:00:00+00:00")]
    // New York: EST (−5) before Sun 2026-03-08, EDT (−4) after; back to EST after Sun 2026-11-01.
    [InlineData("America/New_York", "2026-03-06", "09:00", "2026-03-06T14:00:00+00:00")]
    [InlineData("America/New_York", "2026-03-09", "09:00", "2026-03-09T13:00:00+00:00")]
    [InlineData("America/New_York", "2026-10-30", "09:00", "2026-10-30T13:00:00+00:00")]
    [InlineData("America/New_York", "2026-11-02", "09:00", "2026-11-02T14:00:00+00:00")]
    // 02:30 does not exist on 2026-03-08 (clocks jump 02:00→03:00): it happens at 03:30 EDT.
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30:00+00:00")]
    // 01:30 happens twice on 2026-11-01: the first one (EDT).
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00+00:00")]
    public void Slot_instants_follow_the_zone_and_DST(string zone, string date, string time, string expectedUtc)
    {
        var at = CourseCalendar.ToInstant(TimeZoneInfo.FindSystemTimeZoneById(zone), DateOnly.Parse(date), TimeOnly.Parse(time));
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), at);
    }

    [Fact]
    public void Next_reminder_crosses_the_weekend_and_the_DST_change()
    {
        // Friday 2026-03-06 10:00 EST, after the morning slot: next is Monday 09:00 EDT.
        var cohort = NewCohort("devops-k8s-5weeks", "2026-03-02", "America/New_York");
        var roadmap = Catalog.Find(cohort.Track)!;
        var next = CourseCalendar.NextReminder(cohort, roadmap, DateTimeOffset.Parse("2026-03-06T15:00:00Z"))!.Value;
        // Week 1 day 5 has labs at 19:00 that Friday evening.
        Assert.Equal((DateTimeOffset.Parse("2026-03-07T00:00:00Z"), ReminderSlot.Lab), (next.At, next.Slot));
        next = CourseCalendar.NextReminder(cohort, roadmap, next.At)!.Value;
        Assert.Equal((DateTimeOffset.Parse("2026-03-09T13:00:00Z"), ReminderSlot.Morning, new DateOnly(2026, 3, 9)), (next.At, next.Slot, next.Date));
    }

    [Fact]
    public void No_next_reminder_after_the_course_or_while_paused()
    {
        var cohort = NewCohort("k8s-week3-part3", "2026-12-07");
        var roadmap = Catalog.Find(cohort.Track)!;
        Assert.Null(CourseCalendar.NextReminder(cohort, roadmap, DateTimeOffset.Parse("2026-12-12T00:00:00Z")));
        Assert.Null(CourseCalendar.NextReminder(cohort with { Paused = true }, roadmap, DateTimeOffset.Parse("2026-12-01T00:00:00Z")));
        Assert.Equal(DateTimeOffset.Parse("2026-12-07T00:00:00Z"), CourseCalendar.NextReminder(cohort, roadmap, DateTimeOffset.Parse("2026-12-01T00:00:00Z"))!.Value.At);
    }
}
