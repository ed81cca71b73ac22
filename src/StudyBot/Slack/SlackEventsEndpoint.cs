using System.Text.Json;
using StudyBot.Hosting;
using StudyBot.Storage;

namespace StudyBot.Slack;

/// <summary><c>POST /api/slack/events</c> (Events API): answers <c>url_verification</c>; for <c>app_mention</c> and
/// direct messages it acks at once and answers in the background through the router and <c>chat.postMessage</c>.
/// Retried deliveries (same <c>event_id</c>) run once; the bot's own and other bots' messages are ignored.</summary>
public sealed class SlackEventsEndpoint(
    SlackTurns turns,
    SlackWorkQueue queue,
    SlackDeliveries deliveries,
    SlackApiClient api,
    SlackWorkspaceLifecycle lifecycle,
    SlackHomeTab home,
    ILogger<SlackEventsEndpoint> logger)
{
    /// <summary>The fields of an event StudyBot answers, copied out of the request's JSON.</summary>
    private sealed record MessageEvent(SlackWorkspace Workspace, string EventId, DateTimeOffset EventTime, string User, string Channel, string Text, string? Ts, string? ThreadTs, bool IsDirect, string? BotUserId);

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var envelope = SlackPayloads.Read<EventEnvelope>(SlackRequestBody.Of(http).Bytes);
        if (envelope is null || !envelope.HasValidTime || !SlackPayloads.IsIdOrNull(envelope.TeamId) || !SlackPayloads.IsIdOrNull(envelope.EventId) || !SlackPayloads.IsIdOrNull(envelope.EnterpriseId))
        {
            return Malformed();
        }

        switch (envelope.Type)
        {
            case "url_verification":
                return Results.Json(new { challenge = envelope.Challenge ?? string.Empty });
            case "event_callback":
                return await AppEventAsync(envelope, http.RequestAborted) ?? Accept(envelope, http.Request.Headers["X-Slack-Retry-Num"].ToString());
            default:
                return Results.Ok();
        }
    }

    private static IResult Malformed() =>
        HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Malformed event", "The body is not an Events API payload.");

    /// <summary>Handles <c>app_uninstalled</c> and <c>tokens_revoked</c> (bot tokens) before the ack: if storage cannot
    /// record it, the 503 makes Slack deliver it again (both are idempotent). <c>app_home_opened</c> publishes the Home tab
    /// in the background.</summary>
    private async Task<IResult?> AppEventAsync(EventEnvelope envelope, CancellationToken ct)
    {
        var type = envelope.Event.Str("type");
        if (envelope.TeamId is null && envelope.EnterpriseId is null)
        {
            return null;
        }

        var workspace = new SlackWorkspace(envelope.TeamId ?? string.Empty, envelope.EnterpriseId);
        switch (type)
        {
            case "app_uninstalled":
                await lifecycle.UninstalledAsync(workspace, type, ct, envelope.ForOrgWideInstall);
                return Results.Ok();
            case "tokens_revoked":
                var revoked = SlackPayloads.Read<TokensRevokedPayload>(envelope.Event);
                if (revoked?.Tokens?.Bot is { Count: > 0 })
                {
                    await lifecycle.UninstalledAsync(workspace, type, ct, envelope.ForOrgWideInstall);
                }

                return Results.Ok();
            case "app_home_opened":
                var opened = SlackPayloads.Read<AppHomeOpenedPayload>(envelope.Event);
                var key = $"event:{workspace}:{envelope.EventId}";
                if (opened is { Tab: "home", User: { } user } && SlackPayloads.IsIdOrNull(user) && envelope.EventId is not null
                    && deliveries.TryClaimLocal(key) && !queue.TryEnqueue(job => home.PublishAsync(workspace, user, job)))
                {
                    deliveries.ForgetLocal(key);
                    logger.LogWarning("Slack work queue full: a Home tab was not published");
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable); // Slack delivers it again
                }

                return Results.Ok();
            default:
                return null;
        }
    }

    private IResult Accept(EventEnvelope envelope, string retryNum)
    {
        if (!TryRead(envelope, out var message))
        {
            return Malformed();
        }

        if (message is null)
        {
            return Results.Ok();
        }

        var key = $"event:{message.Workspace}:{message.EventId}";
        if (!deliveries.TryClaimLocal(key))
        {
            logger.LogInformation("Ignoring repeated Slack event {EventId} (retry {RetryNum})", message.EventId, retryNum);
            return Results.Ok();
        }

        if (!queue.TryEnqueue(ct => AnswerAsync(message, ct)))
        {
            deliveries.ForgetLocal(key);
            logger.LogWarning("Slack work queue full: event {EventId} refused so that Slack retries it", message.EventId);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    /// <summary>The event if StudyBot should answer it (an <c>app_mention</c> or a plain DM, from a person other than the
    /// bot), else null; false when an event StudyBot would read has fields of the wrong shape.</summary>
    private static bool TryRead(EventEnvelope envelope, out MessageEvent? message)
    {
        message = null;
        var type = envelope.Event.ValueKind == JsonValueKind.Object ? envelope.Event.Str("type") : null;
        if (type is not ("app_mention" or "message"))
        {
            return true;
        }

        var ev = SlackPayloads.Read<MessageEventPayload>(envelope.Event);
        if (ev is null || !SlackPayloads.IsIdOrNull(ev.User) || !SlackPayloads.IsIdOrNull(ev.Channel) || !SlackPayloads.IsIdOrNull(ev.Team)
            || !SlackPayloads.IsIdOrNull(ev.Ts) || !SlackPayloads.IsIdOrNull(ev.ThreadTs) || !SlackPayloads.IsIdOrNull(BotUserId(envelope)))
        {
            return false;
        }

        // Bots (StudyBot included) carry bot_id; edits, joins and bot_message have a subtype. Neither is a question.
        var isDirect = type == "message" && ev.ChannelType == "im";
        if ((type == "message" && !isDirect) || ev.BotId is not null || ev.Subtype is not null)
        {
            return true;
        }

        var botUserId = BotUserId(envelope);
        var teamId = envelope.TeamId ?? ev.Team;
        if (ev.User is null || ev.Channel is null || envelope.EventId is null || teamId is null || ev.User == botUserId)
        {
            return true;
        }

        var eventTime = envelope.EventTime is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.UnixEpoch;
        message = new MessageEvent(new SlackWorkspace(teamId, envelope.EnterpriseId), envelope.EventId, eventTime, ev.User, ev.Channel, ev.Text ?? string.Empty, ev.Ts, ev.ThreadTs, isDirect, botUserId);
        return true;
    }

    /// <summary>The bot's user id as the envelope states it: the bot entry of <c>authorizations</c>, else <c>authed_users</c>.</summary>
    private static string? BotUserId(EventEnvelope envelope) =>
        envelope.Authorizations?.FirstOrDefault(a => a?.IsBot == true && a.UserId is not null)?.UserId
        ?? envelope.AuthedUsers?.FirstOrDefault();

    private async Task AnswerAsync(MessageEvent message, CancellationToken cancellationToken)
    {
        if (!await deliveries.TryClaimEventAsync(message.Workspace.TeamId, message.EventId, message.EventTime, cancellationToken))
        {
            logger.LogInformation("Slack event {EventId} already handled by another instance", message.EventId);
            return;
        }

        // An app_mention starts with the bot's own mention, which names the bot when the envelope did not.
        var botUserId = message.BotUserId ?? await TryGetBotUserIdAsync(message.Workspace, cancellationToken)
            ?? (message.IsDirect ? null : SlackText.LeadingMention(message.Text));
        if (message.User == botUserId)
        {
            return;
        }

        var input = SlackTurns.Input(message.Text, message.Workspace.TeamId, message.User, message.Channel, !message.IsDirect && SlackTurns.IsGroupChannel(message.Channel), botUserId: botUserId);
        var reply = await turns.RunAsync(input, cancellationToken);

        // Mentions in channels are answered in a thread so the channel stays readable; DMs answer in place.
        var threadTs = message.IsDirect ? message.ThreadTs : message.ThreadTs ?? message.Ts;
        try
        {
            await api.PostAsync(message.Workspace, message.Channel, reply, threadTs, cancellationToken);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not answer Slack event {EventId} in {Channel}: {Error}", message.EventId, message.Channel, e.Error);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning("Could not answer Slack event {EventId}: the workspace's token could not be read ({Reason})", message.EventId, e.Reason);
        }
    }

    private async Task<string?> TryGetBotUserIdAsync(SlackWorkspace workspace, CancellationToken cancellationToken)
    {
        try
        {
            return await api.GetBotUserIdAsync(workspace, cancellationToken);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or StorageUnavailableException)
        {
            logger.LogWarning("auth.test failed; the bot's user id is unknown: {Error}", e.Message);
            return null;
        }
    }
}
