using StudyBot.Checklist;
using StudyBot.Cohorts;
using StudyBot.Storage;
using StudyBot.Conversation;

namespace StudyBot.Reminders;

[Command("today", Aliases = ["오늘"], Usage = "/today", HelpKey = "reminders.commands.today", Order = 40)]
public sealed class TodayCommand(
    ICohortDirectory directory,
    CohortStore store,
    RoadmapProvider roadmaps,
    ReminderMessages messages,
    LearnerCohortResolver learners,
    CompletionStore completions,
    NextItems nextItems,
    TimeProvider time,
    ILogger<TodayCommand> logger) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // The cohort channel itself, else (in a DM) the cohort the learner last acted in.
        var info = await directory.FindByConversationAsync(context.Conversation, cancellationToken)
                   ?? (await learners.ResolveAsync(context, cancellationToken)).Cohort;
        if (info is null || await store.FindCohortAsync(info.Id, cancellationToken) is not { } cohort || roadmaps.Current.Find(cohort.Track) is not { } roadmap)
        {
            return Reply.Text(context.T("reminders.today.no_cohort"));
        }

        var now = time.GetUtcNow();
        var zone = CourseCalendar.Zone(cohort);
        var today = CourseCalendar.LocalDate(zone, now);
        var next = CourseCalendar.NextReminder(cohort, roadmap, now) is { } n
            ? LocalTimes.DateTime(n.At, zone)
            : null;
        if (CourseCalendar.PositionOn(cohort, roadmap, today) is { } position)
        {
            // The learner's marks are a nicety: without storage the plan still shows, unmarked.
            IReadOnlySet<string>? doneIds = null;
            try
            {
                doneIds = (await completions.GetCompletionsAsync(context.Learner.Key, cancellationToken)).Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);
            }
            catch (StorageUnavailableException e)
            {
                logger.LogWarning("Completions unavailable for /today ({Reason}); checkpoints shown unmarked", e.Reason);
            }

            var nextOpen = doneIds is null ? [] : await nextItems.ForAsync(cohort.Id, [cohort.Track], doneIds, cancellationToken, count: 1);
            return messages.Today(context.Locale, cohort, position, next, doneIds, nextOpen);
        }

        var key = today < cohort.StartDate ? "reminders.today.before_start"
            : roadmap.Days.Count > 0 && CourseCalendar.CourseDayOf(cohort, today) is null && next is null ? "reminders.today.finished"
            : "reminders.today.no_class";
        var b = new ReplyBuilder().Text(context.T(key, new { date = Cohort.FormatDate(key == "reminders.today.before_start" ? cohort.StartDate : today) }));
        if (next is not null)
        {
            b.Context(context.T("reminders.today.next", new { when = next }));
        }

        return b.Build();
    }
}

[Command("roadmap", Aliases = ["로드맵"], Usage = "/roadmap [track]", HelpKey = "reminders.commands.roadmap", Order = 45)]
public sealed class RoadmapCommand(ICohortDirectory directory, RoadmapProvider roadmaps, ReminderMessages messages) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = roadmaps.Current;
        var track = context.Arguments.Trim();
        if (track.Length == 0)
        {
            track = (await directory.FindByConversationAsync(context.Conversation, cancellationToken))?.Track ?? string.Empty;
        }

        if (track.Length == 0)
        {
            return Reply.Text(context.T("reminders.roadmap.pick", new { tracks = string.Join(", ", catalog.Tracks) }));
        }

        return catalog.Find(track) is { } roadmap
            ? messages.Roadmap(context.Locale, roadmap)
            : Reply.Text(context.T("reminders.roadmap.unknown", new { track = Text.Echo(track), tracks = string.Join(", ", catalog.Tracks) }));
    }
}
