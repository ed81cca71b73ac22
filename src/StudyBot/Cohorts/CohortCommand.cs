using StudyBot.Conversation;
using StudyBot.Hosting;

namespace StudyBot.Cohorts;

/// <summary><c>/cohort create|subscribe|pause|resume|show</c> for the learners listed in <c>Admin:Users</c> (full learner keys).</summary>
[Command("cohort", Usage = "/cohort create|subscribe|pause|resume|show", HelpKey = "cohorts.commands.cohort", Order = 90, Hidden = true)]
public sealed class CohortCommand(CohortService service, ICohortDirectory directory, SubscriptionRefresher refresher, AdminUsers admins) : ICommand
{
    public async Task<Reply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!admins.IsAdmin(context.Learner))
        {
            return Reply.Text(context.T("cohorts.admin.not_admin"));
        }

        var args = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = args.Length > 0 ? args[0].ToLowerInvariant() : string.Empty;
        var id = args.Length > 1 ? args[1].ToLowerInvariant() : null;
        switch (verb)
        {
            case "create" when id is not null && args.Length >= 4:
                // /cohort create <id> <track> <start YYYY-MM-DD> [timeZone] [locale] [morning HH:mm]
                var input = new CohortRequest(
                    Track: args[2], StartDate: args[3], TimeZone: args.ElementAtOrDefault(4), Locale: args.ElementAtOrDefault(5), Morning: args.ElementAtOrDefault(6),
                    Lab: null, Weekdays: null, SkipDates: null, Paused: null);
                var (cohort, error) = await service.SaveAsync(id, input, cancellationToken);
                return error is not null
                    ? Reply.Text(context.T("cohorts.admin.bad_field", new { field = error.Field, message = error.Message }))
                    : Show(context, cohort!, context.T("cohorts.admin.saved", new { cohort = cohort!.Id }));
            case "subscribe" when id is not null:
                return await SubscribeAsync(context, id, cancellationToken);
            case "pause" or "resume" when id is not null:
                return await service.SetPausedAsync(id, verb == "pause", cancellationToken) is { } c
                    ? Show(context, c, context.T(verb == "pause" ? "cohorts.admin.paused" : "cohorts.admin.resumed", new { cohort = c.Id }))
                    : Reply.Text(context.T("cohorts.admin.unknown", new { cohort = Text.Echo(id) }));
            case "show":
                var shown = id is not null ? await service.GetAsync(id, cancellationToken)
                    : await directory.FindByConversationAsync(context.Conversation, cancellationToken) is { } info ? await service.GetAsync(info.Id, cancellationToken) : null;
                return shown is not null ? Show(context, shown, null) : Reply.Text(context.T("cohorts.admin.unknown", new { cohort = Text.Echo(id ?? "?") }));
            default:
                return Reply.Text(context.T("cohorts.admin.usage"));
        }
    }

    private async Task<Reply> SubscribeAsync(CommandContext context, string id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is null)
        {
            return Reply.Text(context.T("cohorts.admin.unknown", new { cohort = Text.Echo(id) }));
        }

        var conversation = context.Conversation;
        var recent = refresher.RecentReference(conversation.Key);
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
        return Reply.Text(context.T("cohorts.admin.subscribed", new { cohort = id }));
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
