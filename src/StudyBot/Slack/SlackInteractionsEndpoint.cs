using System.Text.Json;
using StudyBot.Hosting;

namespace StudyBot.Slack;

/// <summary><c>POST /api/slack/interactions</c>: a click on one of StudyBot's buttons runs the button's command (its
/// <c>value</c>, e.g. <c>/done k8s-operator</c>) as the user who clicked, and the result goes to that user alone via
/// <c>response_url</c>. Acked at once; other interaction types are acknowledged and ignored.</summary>
public sealed class SlackInteractionsEndpoint(SlackTurns turns, SlackWorkQueue queue, ILogger<SlackInteractionsEndpoint> logger)
{
    /// <summary>A button click, copied out of the payload.</summary>
    private sealed record Click(string Command, string TeamId, string UserId, string? UserName, string ChannelId, Uri ResponseUrl);

    public IResult Handle(HttpContext http)
    {
        var form = SlackRequestBody.Of(http).Form();
        if (!form.TryGetValue("payload", out var payload) || string.IsNullOrEmpty(payload))
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Missing payload", "Interactions carry a 'payload' form field.");
        }

        Click? click;
        try
        {
            using var doc = JsonDocument.Parse(payload.ToString());
            click = Read(doc.RootElement);
        }
        catch (JsonException)
        {
            return HostingExtensions.Problem(StatusCodes.Status400BadRequest, "Malformed payload", "The payload is not JSON.");
        }

        if (click is null)
        {
            return Results.Ok();
        }

        if (!queue.TryEnqueue(ct => RunAsync(click, ct)))
        {
            logger.LogWarning("Slack work queue full: button click refused");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private async Task RunAsync(Click click, CancellationToken cancellationToken)
    {
        var input = SlackTurns.Input(click.Command, click.TeamId, click.UserId, click.ChannelId, SlackTurns.IsGroupChannel(click.ChannelId), click.UserName);
        var reply = await turns.RunAsync(input, cancellationToken);
        await turns.PostToResponseUrlAsync(click.ResponseUrl, reply, forcePrivate: true, cancellationToken);
    }

    /// <summary>The first StudyBot button of a <c>block_actions</c> payload, or null for anything else.</summary>
    private static Click? Read(JsonElement root)
    {
        if (root.Str("type") != "block_actions" || !root.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var command = actions.EnumerateArray()
            .Where(a => a.Str("action_id")?.StartsWith(BlockKitRenderer.ActionIdPrefix, StringComparison.Ordinal) == true)
            .Select(a => a.Str("value"))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var user = root.Obj("user");
        var userId = user.Str("id");
        var teamId = root.Obj("team").Str("id") ?? user.Str("team_id");
        var channelId = root.Obj("channel").Str("id");
        var responseUrl = SlackTurns.ParseResponseUrl(root.Str("response_url"));
        if (command is null || userId is null || teamId is null || responseUrl is null)
        {
            return null;
        }

        return new Click(command, teamId, userId, user.Str("username") ?? user.Str("name"), channelId ?? userId, responseUrl);
    }
}
