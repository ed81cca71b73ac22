using System.Text.Json;
using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Slack;

/// <summary><c>POST /api/slack/events</c> (Events API): answers <c>url_verification</c>; for <c>app_mention</c> and
/// direct messages it acks at once and answers in the background through the router and <c>chat.postMessage</c>.
/// Retried deliveries (same <c>event_id</c>) run once; the bot's own and other bots' messages are ignored.</summary>
public sealed class SlackEventsEndpoint(
    SlackTurns turns,
    SlackWorkQueue queue,
    SlackDeliveries deliveries,
    SlackApiClient api,
    IOptions<SlackOptions> options,
    ILogger<SlackEventsEndpoint> logger)
{
    /// <summary>The fields of an event StudyBot answers, copied out of the request's JSON.</summary>
    private sealed record MessageEvent(string TeamId, string EventId, DateTimeOffset EventTime, string User, string Channel, string Text, string? Ts, string? ThreadTs, bool IsDirect, string? BotUserId);

    public IResult Handle(HttpContext http)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(SlackRequestBody.Of(http).Bytes);
        }
        catch (JsonException)
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Malformed event", "The body is not JSON.");
        }

        using (doc)
        {
            var root = doc.RootElement;
            switch (root.Str("type"))
            {
                case "url_verification":
                    return Results.Json(new { challenge = root.Str("challenge") ?? string.Empty });
                case "event_callback":
                    return Accept(root, http.Request.Headers["X-Slack-Retry-Num"].ToString());
                default:
                    return Results.Ok();
            }
        }
    }

    private IResult Accept(JsonElement root, string retryNum)
    {
        var message = Read(root);
        if (message is null)
        {
            return Results.Ok();
        }

        var key = $"event:{message.TeamId}:{message.EventId}";
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

    /// <summary>The event if StudyBot should answer it: an <c>app_mention</c> or a plain DM, from a person other than the bot.</summary>
    private static MessageEvent? Read(JsonElement root)
    {
        var ev = root.Obj("event");
        var type = ev.Str("type");
        var isDirect = type == "message" && ev.Str("channel_type") == "im";
        var relevant = type == "app_mention" || isDirect;

        // Bots (StudyBot included) carry bot_id; edits, joins and bot_message have a subtype. Neither is a question.
        if (!relevant || ev.TryGetProperty("bot_id", out _) || ev.Str("subtype") is not null)
        {
            return null;
        }

        var botUserId = BotUserId(root);
        var user = ev.Str("user");
        var channel = ev.Str("channel");
        var eventId = root.Str("event_id");
        var teamId = root.Str("team_id") ?? ev.Str("team");
        if (user is null || channel is null || eventId is null || teamId is null || user == botUserId)
        {
            return null;
        }

        var eventTime = root.TryGetProperty("event_time", out var t) && t.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UnixEpoch;
        return new MessageEvent(teamId, eventId, eventTime, user, channel, ev.Str("text") ?? string.Empty, ev.Str("ts"), ev.Str("thread_ts"), isDirect, botUserId);
    }

    /// <summary>The bot's user id as the envelope states it: the bot entry of <c>authorizations</c>, else <c>authed_users</c>.</summary>
    private static string? BotUserId(JsonElement root)
    {
        if (root.TryGetProperty("authorizations", out var auths) && auths.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in auths.EnumerateArray())
            {
                if (a.TryGetProperty("is_bot", out var isBot) && isBot.ValueKind == JsonValueKind.True && a.Str("user_id") is { } id)
                {
                    return id;
                }
            }
        }

        return root.TryGetProperty("authed_users", out var users) && users.ValueKind == JsonValueKind.Array && users.GetArrayLength() > 0
            ? users[0].GetString()
            : null;
    }

    private async Task AnswerAsync(MessageEvent message, CancellationToken cancellationToken)
    {
        if (!await deliveries.TryClaimEventAsync(message.TeamId, message.EventId, message.EventTime, cancellationToken))
        {
            logger.LogInformation("Slack event {EventId} already handled by another instance", message.EventId);
            return;
        }

        // An app_mention starts with the bot's own mention, which names the bot when the envelope did not.
        var botUserId = message.BotUserId ?? await TryGetBotUserIdAsync(cancellationToken)
            ?? (message.IsDirect ? null : SlackText.LeadingMention(message.Text));
        if (message.User == botUserId)
        {
            return;
        }

        var input = SlackTurns.Input(message.Text, message.TeamId, message.User, message.Channel, !message.IsDirect && SlackTurns.IsGroupChannel(message.Channel), botUserId: botUserId);
        var reply = await turns.RunAsync(input, cancellationToken);

        // Mentions in channels are answered in a thread so the channel stays readable; DMs answer in place.
        var threadTs = message.IsDirect ? message.ThreadTs : message.ThreadTs ?? message.Ts;
        try
        {
            await api.PostAsync(message.Channel, reply, threadTs, cancellationToken);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not answer Slack event {EventId} in {Channel}: {Error}", message.EventId, message.Channel, e.Error);
        }
    }

    private async Task<string?> TryGetBotUserIdAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.BotToken))
        {
            return null;
        }

        try
        {
            return await api.GetBotUserIdAsync(cancellationToken);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            logger.LogWarning("auth.test failed; the bot's user id is unknown: {Error}", e.Message);
            return null;
        }
    }
}
