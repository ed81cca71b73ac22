using StudyBot.Conversation;
using StudyBot.Reminders;

namespace StudyBot.Cohorts.Dashboard;

/// <summary>The dashboard's figures from their owners: checklist numbers from <see cref="ICohortProgressService"/>
/// (the same source as the progress API and <c>/progress</c> in a cohort channel), the roadmap position and next
/// reminder from the cohort's calendar, as <c>/today</c> computes them.</summary>
public sealed class CohortDashboardSource(
    ICohortProgressService progress,
    CohortStore cohorts,
    RoadmapProvider roadmaps,
    ReminderMessages messages,
    Dialogs dialogs,
    TimeProvider time) : IDashboardSource
{
    public async Task<CohortDashboard?> GetAsync(string cohortId, string locale, CancellationToken cancellationToken)
    {
        var figuresTask = progress.GetAsync(cohortId, cancellationToken);
        var cohort = await cohorts.GetCohortAsync(cohortId, cancellationToken);
        var figures = await figuresTask;
        if (cohort is null && figures is null)
        {
            return null;
        }

        var roadmap = cohort is null ? null : roadmaps.Current.Find(cohort.Track);
        var now = time.GetUtcNow();
        var next = cohort is not null && roadmap is not null ? CourseCalendar.NextReminder(cohort, roadmap, now) : null;
        return new CohortDashboard
        {
            Cohort = cohortId,
            Track = cohort?.Track ?? figures?.Track,
            Items = figures?.Items.Select(i => new ItemCompletion(i.Id, i.Title, i.Done, i.Total)).ToArray(),
            Learners = figures?.LearnersProgress.Select(l => new LearnerCompletion(Label(l), l.Done, l.Total)).ToArray(),
            Position = cohort is null || roadmap is null ? null : Position(cohort, roadmap, locale, now),
            NextReminder = next is { } n ? TimeZoneInfo.ConvertTime(n.At, CourseCalendar.Zone(cohort!)) : null,
            NextReminderText = next is { } m ? LocalTimes.DateTime(m.At, CourseCalendar.Zone(cohort!)) : null,
        };
    }

    /// <summary>The learner's display name, or — when the channel sends none (Web Chat) — the channel and the start of
    /// the user id, so every bar has a label an operator can tell apart.</summary>
    public static string Label(LearnerProgress learner)
    {
        if (!string.IsNullOrWhiteSpace(learner.Name))
        {
            return learner.Name.Trim();
        }

        var parts = learner.Learner.Split('~');
        var user = parts[^1];
        return parts.Length >= 3 ? $"{parts[0]} · {(user.Length > 14 ? user[..14] + "…" : user)}" : learner.Learner;
    }

    /// <summary>Today's course day, or on a day without class the last one; before the start and after the end, says so.</summary>
    private RoadmapPosition Position(Cohort cohort, Roadmap roadmap, string locale, DateTimeOffset now)
    {
        var today = CourseCalendar.LocalDate(CourseCalendar.Zone(cohort), now);
        var total = roadmap.Days.Count;
        if (today < cohort.StartDate)
        {
            return new RoadmapPosition(dialogs.Plain(locale, "cohorts.dashboard.not_started", new { date = Cohort.FormatDate(cohort.StartDate) }), 0, total);
        }

        // PreviousPosition looks back from the day before the given one, so start from tomorrow to include today.
        var position = CourseCalendar.PositionOn(cohort, roadmap, today)
                       ?? CourseCalendar.PreviousPosition(cohort, roadmap, new CoursePosition(today.AddDays(1), 0, null, null, 0));
        return position is null
            ? new RoadmapPosition(dialogs.Plain(locale, "cohorts.dashboard.finished"), total, total)
            : new RoadmapPosition(messages.When(locale, position), position.CourseDay, total);
    }
}
