using System.Text.Json;
using StudyBot.Conversation;

namespace StudyBot.Connector;

/// <summary>StudyBot's Bot Framework logic: messages go to the command router; the bot joining a conversation gets
/// a welcome; everything else is ignored (unknown activity types are accepted, per the schema).</summary>
public sealed class StudyBotActivityHandler(CommandRouter router, Dialogs dialogs, ILogger<StudyBotActivityHandler> logger) : IActivityHandler
{
    /// <summary>The invoke a channel (Azure Bot Service) sends to ask whether the bot is up.</summary>
    public const string HealthCheckInvoke = "healthCheck";

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turn, cancellationToken);
                break;
            case ActivityTypes.Invoke when turn.Activity.Name == HealthCheckInvoke:
                // As the SDK's ActivityHandler answers it: the bot is healthy given the turn got here. Unlike the SDK, the
                // bot's outbound token is not echoed back.
                turn.InvokeResponse = new InvokeResponse(200, new HealthCheckResponse(new HealthResults(Success: true)));
                break;
            default:
                logger.LogDebug("Ignoring activity type {ActivityType}", turn.Activity.Type);
                break;
        }
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text ?? string.Empty;

        // A card button (Action.Submit) sends its data as `value` with no text: {"command": "/done x"}.
        if (string.IsNullOrWhiteSpace(text) && turn.Activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String)
        {
            text = command.GetString() ?? string.Empty;
        }

        if (string.IsNullOrWhiteSpace(text) && turn.Activity.Attachments is { Count: > 0 })
        {
            return; // an attachment alone (e.g. a picture) is not a question
        }

        var reply = await router.RouteAsync(BotInput.From(turn.Activity, text), cancellationToken);
        await turn.SendAsync(reply, cancellationToken);
    }

    private async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botAdded = activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;
        if (!botAdded)
        {
            return;
        }

        await WelcomeAsync(turn, cancellationToken);
    }

    /// <summary>The one welcome, when the bot joins a conversation: a new message (not a reply to the system event) in
    /// this conversation or in <paramref name="conversation"/> (Teams: a team's General channel), with an extra
    /// <paramref name="hintKey"/> line from <c>dialogs/</c>.</summary>
    public Task WelcomeAsync(TurnContext turn, CancellationToken cancellationToken, ConversationAccount? conversation = null, string? hintKey = null)
    {
        var locale = dialogs.ResolveLocale(turn.Activity.Locale);
        var welcome = new ReplyBuilder()
            .Heading(dialogs.Format(locale, "core.welcome.title"))
            .Text(dialogs.Format(locale, "core.welcome.body"))
            .Context(dialogs.Format(locale, "core.help_hint", new { help = "/help" }));
        if (hintKey is not null)
        {
            welcome.Context(dialogs.Format(locale, hintKey));
        }

        return turn.SendToConversationAsync(welcome.Visibility(ReplyVisibility.InChannel).Build(), cancellationToken, conversation);
    }
}

/// <summary>The body of a <c>healthCheck</c> invoke response (Bot Framework schema).</summary>
public sealed record HealthCheckResponse(HealthResults HealthResults);

public sealed record HealthResults(bool Success);

/// <summary>Maps a Bot Framework activity to the channel-neutral command input.</summary>
public static class BotInput
{
    public static CommandInput From(Activity activity, string text)
    {
        var tenant = activity.TenantId ?? activity.ChannelDataString("team", "id") ?? string.Empty;
        var userId = activity.From?.AadObjectId ?? activity.From?.Id ?? "anonymous";
        var mentions = (activity.Entities ?? [])
            .Where(e => e.Type == "mention")
            .Select(e => e.MentionedAccount)
            .Where(m => m?.Id is not null && m.Id != activity.Recipient?.Id)
            .Select(m => new MentionedUser(m!.AadObjectId ?? m.Id!, m.Name))
            .ToArray();

        return new CommandInput
        {
            Text = text,
            Locale = activity.Locale,
            Learner = new LearnerId(activity.ChannelId ?? "unknown", tenant, userId),
            ChannelUserId = activity.From?.AadObjectId is null ? null : activity.From?.Id,
            UserName = activity.From?.Name,
            Conversation = new ConversationInfo
            {
                ChannelId = activity.ChannelId ?? "unknown",
                ConversationId = activity.Conversation?.Id ?? string.Empty,
                IsGroup = activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "channel" or "groupChat",
                TenantId = activity.TenantId,
                TeamId = activity.ChannelDataString("team", "id"),
                ServiceUrl = activity.ServiceUrl,
            },
            Mentions = mentions,
            LocalTimeZone = activity.LocalTimezone,
        };
    }
}
