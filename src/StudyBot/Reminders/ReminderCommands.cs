using System.Globalization;
using Microsoft.Extensions.Options;
using StudyBot.Conversation;

namespace StudyBot.Reminders;

[Command("today", Aliases = ["오늘"], Usage = "/today", HelpKey = "reminders.commands.today", Order = 40)]
public sealed class TodayCommand(CohortStore store, RoadmapProvider roadmaps, ReminderMessages messages, TimeProvider time) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var info = await store.FindByConversationAsync(context.Conversation, cancellationToken);
        if (info is null || await store.GetCohortAsync(info.Id, cancellationToken) is not { } cohort || roadmaps.Current.Find(cohort.Track) is not { } roadmap)
        {
            return Reply.Text(context.T("reminders.today.no_cohort"));
        }

        var now = time.GetUtcNow();
        var zone = CourseCalendar.Zone(cohort);
        var today = CourseCalendar.LocalDate(zone, now);
        var next = CourseCalendar.NextReminder(cohort, roadmap, now) is { } n
            ? TimeZoneInfo.ConvertTime(n.At, zone).ToString("yyyy-MM-dd HH:mm (zzz)", CultureInfo.InvariantCulture)
            : null;
        if (CourseCalendar.PositionOn(cohort, roadmap, today) is { } position)
        {
            return messages.Today(context.Locale, cohort, position, next);
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
public sealed class RoadmapCommand(CohortStore store, RoadmapProvider roadmaps, ReminderMessages messages) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = roadmaps.Current;
        var track = context.Arguments.Trim();
        if (track.Length == 0)
        {
            track = (await store.FindByConversationAsync(context.Conversation, cancellationToken))?.Track ?? string.Empty;
        }

        if (track.Length == 0)
        {
            return Reply.Text(context.T("reminders.roadmap.pick", new { tracks = string.Join(", ", catalog.Tracks) }));
        }

        return catalog.Find(track) is { } roadmap
            ? messages.Roadmap(context.Locale, roadmap)
            : Reply.Text(context.T("reminders.roadmap.unknown", new { track, tracks = string.Join(", ", catalog.Tracks) }));
    }
}

/// <summary><c>/cohort create|subscribe|pause|resume|show</c> for the users listed in <c>Admin:Users</c>.</summary>
[Command("cohort", Usage = "/cohort create|subscribe|pause|resume|show", HelpKey = "reminders.commands.cohort", Order = 90, Hidden = true)]
public sealed class CohortCommand(CohortService service, CohortStore store, IOptions<AdminOptions> admin) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!admin.Value.Users.Contains(context.Learner.UserId, StringComparer.Ordinal))
        {
            return Reply.Text(context.T("reminders.cohort.not_admin"));
        }

        var args = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = args.Length > 0 ? args[0].ToLowerInvariant() : string.Empty;
        var id = args.Length > 1 ? args[1].ToLowerInvariant() : null;
        switch (verb)
        {
            case "create" when id is not null && args.Length >= 4:
                // /cohort create <id> <track> <start YYYY-MM-DD> [timeZone] [locale] [morning HH:mm]
                var input = new CohortInput
                {
                    Track = args[2],
                    StartDate = args[3],
                    TimeZone = args.ElementAtOrDefault(4),
                    Locale = args.ElementAtOrDefault(5),
                    Morning = args.ElementAtOrDefault(6),
                };
                var (cohort, error) = await service.SaveAsync(id, input, cancellationToken);
                return error is not null
                    ? Reply.Text(context.T("reminders.cohort.bad_field", new { field = error.Field, message = error.Message }))
                    : Show(context, cohort!, context.T("reminders.cohort.saved", new { cohort = cohort!.Id }));
            case "subscribe" when id is not null:
                return await SubscribeAsync(context, id, cancellationToken);
            case "pause" or "resume" when id is not null:
                return await service.SetPausedAsync(id, verb == "pause", cancellationToken) is { } c
                    ? Show(context, c, context.T(verb == "pause" ? "reminders.cohort.paused" : "reminders.cohort.resumed", new { cohort = c.Id }))
                    : Reply.Text(context.T("reminders.cohort.unknown", new { cohort = id }));
            case "show":
                var shown = id is not null ? await service.GetAsync(id, cancellationToken)
                    : await store.FindByConversationAsync(context.Conversation, cancellationToken) is { } info ? await service.GetAsync(info.Id, cancellationToken) : null;
                return shown is not null ? Show(context, shown, null) : Reply.Text(context.T("reminders.cohort.unknown", new { cohort = id ?? "?" }));
            default:
                return Reply.Text(context.T("reminders.cohort.usage"));
        }
    }

    private async Task<Reply> SubscribeAsync(CommandContext context, string id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is null)
        {
            return Reply.Text(context.T("reminders.cohort.unknown", new { cohort = id }));
        }

        var conversation = context.Conversation;
        var recent = store.RecentReference(conversation.Key);
        var subscription = new Subscription
        {
            CohortId = id,
            Key = conversation.Key,
            ChannelId = conversation.ChannelId,
            ConversationId = conversation.ConversationIdWithoutThread,
            ServiceUrl = conversation.ServiceUrl,
            TenantId = conversation.TenantId,
            ConversationType = recent?.Conversation?.ConversationType,
            BotId = recent?.Bot?.Id,
            BotName = recent?.Bot?.Name,
        };
        await service.SubscribeAsync(subscription, ct);
        return Reply.Text(context.T("reminders.cohort.subscribed", new { cohort = id }));
    }

    private static Reply Show(CommandContext context, Cohort c, Inline? title)
    {
        var b = new ReplyBuilder();
        if (title is not null)
        {
            b.Text(title);
        }

        return b.Fields([
            (Inline.Plain("cohort"), Inline.Of(Inline.Code(c.Id))),
            (Inline.Plain("track"), Inline.Of(Inline.Code(c.Track))),
            (Inline.Plain("startDate"), Inline.Plain(Cohort.FormatDate(c.StartDate))),
            (Inline.Plain("timeZone"), Inline.Plain(c.TimeZone)),
            (Inline.Plain("morning"), Inline.Plain(Cohort.FormatTime(c.Morning))),
            (Inline.Plain("weekdays"), Inline.Plain(string.Join(",", c.Weekdays.Select(Cohort.WeekdayName)))),
            (Inline.Plain("paused"), Inline.Plain(c.Paused ? "true" : "false")),
        ]).Build();
    }
}
