using System.Text.Json;
using StudyBot.Connector.Cards;
using StudyBot.Conversation;

namespace StudyBot.Connector.Teams;

/// <summary>Teams specifics around <see cref="StudyBotActivityHandler"/> (which still handles messages and the
/// Web Chat / Emulator welcome): install/uninstall events published to <see cref="IConversationLifecycle"/>, the
/// welcome in a team's General channel, and <c>adaptiveCard/action</c> invokes (Universal Actions).</summary>
public sealed class TeamsActivityHandler(
    StudyBotActivityHandler inner,
    CommandRouter router,
    Dialogs dialogs,
    IConversationLifecycle lifecycle,
    ILogger<TeamsActivityHandler> logger) : IActivityHandler
{
    public const string CardActionInvoke = "adaptiveCard/action";

    /// <summary>Teams events after which the team's conversation is gone for good.</summary>
    private static readonly HashSet<string> TeamGoneEvents = new(StringComparer.Ordinal) { "teamDeleted", "teamHardDeleted" };

    /// <summary>Teams events that change what a stored reference should say (names, archive state).</summary>
    private static readonly HashSet<string> TeamRefreshEvents = new(StringComparer.Ordinal) { "teamRenamed", "teamRestored", "teamUnarchived" };

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Invoke when activity.Name == CardActionInvoke:
                turn.InvokeResponse = await OnCardActionAsync(activity, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(activity, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate when activity.ChannelId == Channels.MsTeams:
                await OnTeamsConversationUpdateAsync(turn, cancellationToken);
                break;
            default:
                await inner.OnTurnAsync(turn, cancellationToken);
                break;
        }
    }

    /// <summary>The stable key under which a conversation's subscription is stored.</summary>
    public static string ConversationKey(string channelId, string conversationId) =>
        new ConversationInfo { ChannelId = channelId, ConversationId = conversationId }.Key;

    /// <summary><c>action</c> is <c>add</c>/<c>remove</c>, or <c>add-upgrade</c>/<c>remove-upgrade</c> when an app
    /// update added or removed the bot (the SDK treats both pairs alike).</summary>
    private async Task OnInstallationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var action = activity.Action ?? string.Empty;
        if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogInformation("Installed in conversation on {ChannelId} ({Action})", activity.ChannelId, action);
            await lifecycle.OnInstalledAsync(activity.GetConversationReference(), cancellationToken);
        }
        else if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogInformation("Uninstalled from conversation on {ChannelId} ({Action})", activity.ChannelId, action);
            await lifecycle.OnUninstalledAsync(ConversationKey(activity.ChannelId!, activity.Conversation!.Id!), cancellationToken);
        }
    }

    private async Task OnTeamsConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var eventType = activity.ChannelDataString("eventType") ?? string.Empty;
        var botAdded = botId is not null && activity.MembersAdded?.Any(m => m.Id == botId) == true;
        var botRemoved = botId is not null && activity.MembersRemoved?.Any(m => m.Id == botId) == true;
        var conversationKey = ConversationKey(Channels.MsTeams, activity.Conversation!.Id!);

        if (botRemoved || TeamGoneEvents.Contains(eventType))
        {
            logger.LogInformation("Removed from Teams conversation ({EventType})", eventType.Length > 0 ? eventType : "membersRemoved");
            await lifecycle.OnUninstalledAsync(conversationKey, cancellationToken);
        }
        else if (eventType == "channelDeleted" && activity.ChannelDataString("channel", "id") is { Length: > 0 } deletedChannel)
        {
            await lifecycle.OnUninstalledAsync(ConversationKey(Channels.MsTeams, deletedChannel), cancellationToken);
        }
        else if (botAdded)
        {
            await lifecycle.OnInstalledAsync(activity.GetConversationReference(), cancellationToken);
            // Added to a team: the welcome starts a new thread in the team's General channel, whose conversation id is the team id.
            var teamId = activity.ChannelDataString("team", "id");
            var general = teamId is null ? null : new ConversationAccount { Id = teamId, IsGroup = true, ConversationType = "channel", TenantId = activity.TenantId };
            await inner.WelcomeAsync(turn, cancellationToken, general, general is null ? null : "teams.welcome.channel_hint");
        }
        else if (TeamRefreshEvents.Contains(eventType))
        {
            await lifecycle.OnInstalledAsync(activity.GetConversationReference(), cancellationToken);
        }
    }

    /// <summary>An <c>Action.Execute</c> click: runs the button's command and answers with the result as a card,
    /// which Teams shows in place of the clicked card.</summary>
    private async Task<InvokeResponse> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        var command = ReadCommand(activity.Value);
        if (string.IsNullOrWhiteSpace(command))
        {
            var locale = dialogs.ResolveLocale(activity.Locale);
            return new InvokeResponse(200, new CardActionResponse(400, "application/vnd.microsoft.error",
                new CardActionError("BadRequest", dialogs.Plain(locale, "teams.card_action.no_command"))));
        }

        var reply = await router.RouteAsync(BotInput.From(activity, command), cancellationToken);
        return new InvokeResponse(200, new CardActionResponse(200, AdaptiveCard.ContentType, AdaptiveCardRenderer.RenderFull(reply)));
    }

    /// <summary><c>value.action.data.command</c>, else the <c>verb</c> when it is itself a command.</summary>
    private static string? ReadCommand(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty(CommandData.CommandProperty, out var command) && command.ValueKind == JsonValueKind.String)
        {
            return command.GetString();
        }

        return action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String && verb.GetString() is { } s && s.StartsWith('/')
            ? s
            : null;
    }
}

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response (Universal Actions).</summary>
public sealed record CardActionResponse(int StatusCode, string Type, object Value);

public sealed record CardActionError(string Code, string Message);
