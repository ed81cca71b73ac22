using StudyBot.Hosting;

namespace StudyBot.Slack;

/// <summary><c>POST /api/slack/interactions</c>: a click on one of StudyBot's buttons runs the button's command (its
/// <c>value</c>, e.g. <c>/done k8s-operator</c>) as the user who clicked, and the result goes to that user alone via
/// <c>response_url</c>. Acked at once; other interaction types are acknowledged and ignored. A click runs once: the
/// same <c>trigger_id</c> again (a replay of the signed request) is acknowledged and dropped, across replicas too.</summary>
public sealed class SlackInteractionsEndpoint(
    SlackTurns turns,
    SlackWorkQueue queue,
    SlackDeliveries deliveries,
    SlackResponseUrls responseUrls,
    ILogger<SlackInteractionsEndpoint> logger)
{
    /// <summary>A button click, copied out of the payload.</summary>
    private sealed record Click(string Command, string TeamId, string UserId, string? UserName, string ChannelId, string TriggerId, DateTimeOffset SignedAt, Uri ResponseUrl);

    public IResult Handle(HttpContext http)
    {
        var body = SlackRequestBody.Of(http);
        var form = body.Form();
        if (!form.TryGetValue("payload", out var payload) || string.IsNullOrEmpty(payload))
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Missing payload", "Interactions carry a 'payload' form field.");
        }

        var interaction = SlackPayloads.Read<InteractionPayload>(System.Text.Encoding.UTF8.GetBytes(payload.ToString()));
        if (interaction is null || !HasSlackIds(interaction))
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Malformed payload", "The payload is not an interaction payload.");
        }

        if (Read(interaction, body.SignedAt) is not { } click)
        {
            return Results.Ok();
        }

        var key = $"interaction:{click.TeamId}:{click.TriggerId}";
        if (!deliveries.TryClaimLocal(key))
        {
            logger.LogInformation("Ignoring repeated Slack interaction (same trigger_id)");
            return Results.Ok();
        }

        if (!queue.TryEnqueue(ct => RunAsync(click, ct)))
        {
            deliveries.ForgetLocal(key);
            logger.LogWarning("Slack work queue full: button click refused");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private async Task RunAsync(Click click, CancellationToken cancellationToken)
    {
        if (!await deliveries.TryClaimInteractionAsync(click.TeamId, click.TriggerId, click.SignedAt, cancellationToken))
        {
            logger.LogInformation("Slack interaction already handled by another instance");
            return;
        }

        var input = SlackTurns.Input(click.Command, click.TeamId, click.UserId, click.ChannelId, SlackTurns.IsGroupChannel(click.ChannelId), click.UserName);
        var reply = await turns.RunAsync(input, cancellationToken);
        await turns.PostToResponseUrlAsync(click.ResponseUrl, reply, forcePrivate: true, cancellationToken);
    }

    private static bool HasSlackIds(InteractionPayload p) =>
        SlackPayloads.IsIdOrNull(p.User?.Id) && SlackPayloads.IsIdOrNull(p.User?.TeamId) && SlackPayloads.IsIdOrNull(p.Team?.Id)
        && SlackPayloads.IsIdOrNull(p.Channel?.Id) && SlackPayloads.IsIdOrNull(p.TriggerId);

    /// <summary>The first StudyBot button of a <c>block_actions</c> payload, or null for anything else (other types,
    /// other apps' buttons, a <c>response_url</c> StudyBot may not post to).</summary>
    private Click? Read(InteractionPayload p, DateTimeOffset signedAt)
    {
        if (p.Type != "block_actions" || p.Actions is null)
        {
            return null;
        }

        var command = p.Actions
            .Where(a => a?.ActionId?.StartsWith(BlockKitRenderer.ActionIdPrefix, StringComparison.Ordinal) == true)
            .Select(a => a!.Value)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var userId = p.User?.Id;
        var teamId = p.Team?.Id ?? p.User?.TeamId;
        if (command is null || userId is null || teamId is null || p.TriggerId is null || responseUrls.Allowed(p.ResponseUrl) is not { } responseUrl)
        {
            return null;
        }

        return new Click(command, teamId, userId, p.User?.Username ?? p.User?.Name, p.Channel?.Id ?? userId, p.TriggerId, signedAt, responseUrl);
    }
}
